// The jaguar chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { jaguarModule as default } from '../procedures/jaguar';
