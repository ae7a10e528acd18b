// The vw-audi chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { vwAudiModule as default } from '../procedures/vw-audi';
