export { experimentFiles, experimentZip, MAX_EXPERIMENT_EVENTS, type Experiment } from './bundle.ts'
export { functionPlan, type FunctionPlan, type PlannedFault } from './plan.ts'
