// The bmw-mini chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { BMW_MINI_MODULE as default } from '../procedures/bmw-mini';
