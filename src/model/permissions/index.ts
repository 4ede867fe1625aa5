/** §10 permissions per wire and per function (pure derivations; README in src/model). */
export * from './arns.ts'
export * from './cli.ts'
export * from './derive.ts'
export type * from './types.ts'
export * from './crossAccount.ts'
export * from './crossAccountVerdict.ts'
