// The subaru chunk: loaded when the guide meets a car of its makes (catalogue-index.json).
export { subaruModule as default } from '../procedures/subaru';
