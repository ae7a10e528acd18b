// The land-rover chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { landRoverModule as default } from '../procedures/land-rover';
