// The nissan chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { nissanModule as default } from '../procedures/nissan';
