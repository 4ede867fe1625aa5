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
  'outsideSource',
] as const
export type NoteCode = (typeof NOTE_CODES)[number]

export interface ImportNote {
  code: NoteCode
  params: Params
  line?: number
}

/** A template parameter and the value the import used (so the app can ask for another and read again). */
export interface TemplateParameter {
  name: string
  /** CloudFormation's parameter type (`String`, `Number`, `List<AWS::EC2::Subnet::Id>`…). */
  type: string
  /** The value used, as text (a list joined with commas); null when it has no default and none was given. */
  value: string | null
  /** From the caller's options, not the template's default. */
  given: boolean
  /** AllowedValues, as text, when the template lists them. */
  allowed?: string[]
  line: number
}

export interface ImportReport {
  unsupported: UnsupportedItem[]
  notes: ImportNote[]
  parameters: TemplateParameter[]
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
