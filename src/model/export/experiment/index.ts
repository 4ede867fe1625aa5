export {
  experimentFiles,
  experimentZip,
  MAX_EXPERIMENT_EVENTS,
  type Experiment,
  type PredictedEvent,
} from './bundle.ts'
export { functionPlan, type FunctionPlan, type PlannedFault } from './plan.ts'
export type { AttemptResultName } from './types.ts'
