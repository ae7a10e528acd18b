// The chrysler chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { chryslerModule as default } from '../procedures/chrysler';
