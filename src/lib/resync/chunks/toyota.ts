// The toyota chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { toyotaModule as default } from '../procedures/toyota';
