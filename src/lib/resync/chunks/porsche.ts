// The porsche chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { porscheModule as default } from '../procedures/porsche';
