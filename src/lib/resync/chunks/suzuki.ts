// The suzuki chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { suzukiModule as default } from '../procedures/suzuki';
