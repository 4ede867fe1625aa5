/** Import of SAM / CloudFormation templates (issue #18). See README.md. */
export { importTemplate } from './importTemplate.ts'
export { parseCfn, MAX_TEMPLATE_CHARS, MAX_TEMPLATE_DEPTH } from './parseCfn.ts'
export type * from './types.ts'
export { NOTE_CODES, TEMPLATE_ERROR_CODES, UNSUPPORTED_REASONS } from './types.ts'
