// The honda chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { hondaModule as default } from '../procedures/honda';
