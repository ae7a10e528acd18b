// The psa chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { psaModule as default } from '../procedures/psa';
