/** Consequence lint: pure rules that predict what a scenario will do (see lint.ts). */
export * from './lint.ts'
export * from './types.ts'
