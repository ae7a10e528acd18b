// The mazda chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { mazdaModule as default } from '../procedures/mazda';
