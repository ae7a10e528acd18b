// The skoda-seat chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { skodaSeatModule as default } from '../procedures/skoda-seat';
