// The gm chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { gmModule as default } from '../procedures/gm';
