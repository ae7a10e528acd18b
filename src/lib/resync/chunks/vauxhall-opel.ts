// The vauxhall-opel chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { vauxhallOpelModule as default } from '../procedures/vauxhall-opel';
