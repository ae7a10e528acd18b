// The bmw-e53 chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { bmwE53Module as default } from '../procedures/bmw-e53';
