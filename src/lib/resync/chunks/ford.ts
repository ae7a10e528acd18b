// The ford chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { fordModule as default } from '../procedures/ford';
