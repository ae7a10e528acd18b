// The mercedes chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { mercedesModule as default } from '../procedures/mercedes';
