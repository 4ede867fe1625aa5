/**
 * `exportSam(scenario)`: the canvas as an AWS SAM template (YAML, short-form intrinsics), one-way and honest: what a
 * template cannot say (traffic, faults, simulated timings, the 2018 era…) is listed in a comment block at the top and
 * returned as `notExpressed` codes for the UI to translate. Pure and deterministic: same scenario, same text.
 */
import { Document } from 'yaml'
import { resolveScenario } from '../../resolve.ts'
import type { Scenario } from '../../scenario.ts'
import { ExportContext, type ExportOptions } from './context.ts'
import { functionResource } from './fn.ts'
import { yamlTags } from './intrinsics.ts'
import { notExpressedLine, type NotExpressed } from './notExpressed.ts'
import { storageResource } from './storage.ts'
import { networkResource } from './vpc.ts'

export interface SamExport {
  yaml: string
  notExpressed: NotExpressed[]
  /** The template as data (intrinsics as `Intrinsic` values), for tests and the experiment bundle. */
  template: Record<string, unknown>
}

/** CloudFormation's limits: a template's Description ≤ 1,024 bytes, ≤ 200 outputs. */
const MAX_OUTPUTS = 200

function scenarioNotes(ctx: ExportContext) {
  const { s, doc } = ctx
  if (s.era === '2018') ctx.note({ code: 'era2018', what: '2018' })
  if (doc.accountConcurrencyLimit !== undefined) ctx.note({ code: 'quota', what: 'accountConcurrencyLimit' })
  for (const t of s.traffic) ctx.note({ code: 'traffic', what: t.id, nodeId: t.source })
  for (const f of s.faults) ctx.note({ code: 'fault', what: `${f.id} (${f.kind})`, nodeId: f.target })
  for (const n of s.nodes) {
    if (n.type === 'account') continue
    if (!ctx.inStack(n)) ctx.note({ code: 'otherAccount', what: n.id, nodeId: n.id })
    else if (n.type === 'client' || n.type === 'cloudFormation')
      ctx.note({ code: 'sourceOutside', what: n.id, nodeId: n.id })
  }
}

const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ').trim()

function header(ctx: ExportContext): string {
  const lines = [
    `${oneLine(ctx.s.title)}: exported by Lambdascope (lambdascope/scenario@1, era ${ctx.s.era}).`,
    'Deploy with: sam build && sam deploy --guided',
  ]
  if (ctx.notes.length > 0) {
    lines.push('', 'Not expressed in this template (Lambdascope simulates these; a template cannot say them):')
    for (const n of ctx.notes) lines.push(`  - ${oneLine(notExpressedLine(n))}`)
  }
  return lines.map((l) => (l === '' ? '#' : `# ${l}`)).join('\n')
}

export function exportSam(scenario: Scenario, options: ExportOptions = {}): SamExport {
  const s = resolveScenario(scenario)
  const ctx = new ExportContext(scenario, s, options)
  scenarioNotes(ctx)
  const inStack = s.nodes.filter((n) => ctx.inStack(n))
  for (const n of inStack) if (n.type === 'vpc') networkResource(ctx, n)
  for (const n of inStack) storageResource(ctx, n)
  for (const n of inStack) if (n.type === 'rds' || n.type === 'elastiCache') networkResource(ctx, n)
  for (const n of inStack) if (n.type === 'lambda') functionResource(ctx, n)
  // A template needs one resource; an empty canvas still exports as a deployable (empty) stack.
  if (Object.keys(ctx.resources).length === 0)
    ctx.add('Placeholder', { Type: 'AWS::CloudFormation::WaitConditionHandle' })
  const outputs = Object.fromEntries(Object.entries(ctx.outputs).slice(0, MAX_OUTPUTS))
  const template: Record<string, unknown> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Description: oneLine(s.title).slice(0, 1000),
    Resources: ctx.resources,
    ...(Object.keys(outputs).length > 0 ? { Outputs: outputs } : {}),
  }
  // YAML 1.1 quoting: `yes`, `on`, `2010-09-09` stay strings for every CloudFormation reader.
  const doc = new Document(template, null, { version: '1.1', customTags: yamlTags })
  const body = doc.toString({ lineWidth: 0 })
  return { yaml: `${header(ctx)}\n${body}`, notExpressed: ctx.notes, template }
}
