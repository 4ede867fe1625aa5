/**
 * What `importTemplate` returns. Codes are data: the app words them (i18n area `templateImport`), the CLI prints the
 * plain English `message`. Every error has a line and column (1-based) in the template text.
 */
import type { Scenario } from '../scenario.ts'

export type Params = Record<string, string | number>

export const TEMPLATE_ERROR_CODES = [
  'template.syntax',
  'template.empty',
  'template.tooLarge',
  'template.tooDeep',
  'template.tooManyAliases',
  'template.notObject',
  'template.noResources',
  'template.resourceShape',
  'template.scenarioRefused',
] as const
export type TemplateErrorCode = (typeof TEMPLATE_ERROR_CODES)[number]

export interface TemplateError {
  line: number
  column: number
  /** Where in the template (dotted, `Resources.Fn.Properties.Timeout`); `(document)` for the whole text. */
  path: string
  code: TemplateErrorCode
  message: string
  params: Params
}

/** Why a resource or event became no node. */
export const UNSUPPORTED_REASONS = [
  'notSimulated',
  'eventNotSimulated',
  'websocketApi',
  'conditionFalse',
  'shape',
] as const
export type UnsupportedReason = (typeof UNSUPPORTED_REASONS)[number]

export interface UnsupportedItem {
  logicalId: string
  type: string
  reasonCode: UnsupportedReason
  line?: number
}

export const NOTE_CODES = [
  'parameterDefault',
  'parameterNoDefault',
  'unresolved',
  'runtimeApproximated',
  'folded',
  'valueDropped',
  'permissionMissing',
  'sampleTraffic',
  'implicitNode',
  'externalReference',
  'onDemandStream',
  'cidrIngress',
  'globalsMerged',
  'transformIgnored',
] as const
export type NoteCode = (typeof NOTE_CODES)[number]

export interface ImportNote {
  code: NoteCode
  params: Params
  line?: number
}

export interface ImportReport {
  unsupported: UnsupportedItem[]
  notes: ImportNote[]
}

export type ImportResult =
  { ok: true; scenario: Scenario; report: ImportReport } | { ok: false; errors: TemplateError[] }

export interface ImportOptions {
  /** Values for template parameters (win over their defaults). */
  parameters?: Readonly<Record<string, string | number | boolean | readonly string[]>>
  /** Scenario title (default: the template's Description, else "Imported template"). */
  title?: string
  /** Add one event per source so a run shows something (default true). */
  sampleTraffic?: boolean
}
