export { exportSam, type SamExport } from './exportSam.ts'
export type { ExportOptions } from './context.ts'
export { Intrinsic } from './intrinsics.ts'
export {
  NOT_EXPRESSED_CODES,
  NOT_EXPRESSED_EN,
  notExpressedLine,
  type NotExpressed,
  type NotExpressedCode,
} from './notExpressed.ts'
export { apiPathOf } from './events.ts'
