// The hyundai-kia chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { hyundaiKiaModule as default } from '../procedures/hyundai-kia';
