/** Moved to the model (the payload generators need it too); kept here for the engine's imports. */
export { isoFromMs } from '../model/isoTime.ts'
