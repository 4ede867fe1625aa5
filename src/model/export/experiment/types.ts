/** What an attempt ended as (the engine's AttemptResult names, restated: the model cannot import the simulator). */
export type AttemptResultName = 'success' | 'error' | 'timeout' | 'throttled' | 'rejected'
