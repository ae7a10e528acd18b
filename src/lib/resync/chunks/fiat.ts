// The fiat chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { fiatModule as default } from '../procedures/fiat';
