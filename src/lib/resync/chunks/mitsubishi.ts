// The mitsubishi chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { mitsubishiModule as default } from '../procedures/mitsubishi';
