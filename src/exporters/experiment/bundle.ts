/**
 * The runnable experiment: the scenario's SAM template with one handler that plays its faults, a driver that sends
 * its events and compares what AWS did with what Lambdascope predicted, and a README. Pure: the caller runs the engine
 * and passes the predicted events in (`predictedEvents` in sim/views); `experimentZip` packs it with fflate.
 */
import { strToU8, zipSync } from 'fflate'
import { resolveScenario } from '../../model/resolve.ts'
import type { Scenario } from '../../model/scenario.ts'
import { apiPathOf } from '../../model/export/sam/events.ts'
import { exportSam } from '../../model/export/sam/exportSam.ts'
import type { NotExpressed } from '../../model/export/sam/notExpressed.ts'
import type { PredictedEvent } from '../../sim/views/predicted.ts'
import type { ExportFile } from '../localTest.ts'
import { DRIVER_SOURCE } from './driverSource.ts'
import { HANDLER_SOURCE } from './handlerSource.ts'
import { functionPlan, HANDLER_FAULTS } from './plan.ts'
import { experimentReadme } from './readme.ts'

/** The driver sends at most this many events: an experiment is for watching retries, not for load. */
export const MAX_EXPERIMENT_EVENTS = 100

export interface Experiment {
  files: ExportFile[]
  notExpressed: NotExpressed[]
}

const KIND_OUTPUT: Record<string, 'url' | 'name' | 'arn'> = {
  sqs: 'url',
  sns: 'arn',
  kinesis: 'name',
  dynamoDbTable: 'name',
  dynamoDbStream: 'name',
  s3: 'name',
  apiGateway: 'url',
  eventBridge: 'name',
}
const OUTPUT_SUFFIX = { url: 'Url', name: 'Name', arn: 'Arn' } as const

export function experimentFiles(scenario: Scenario, predicted: readonly PredictedEvent[]): Experiment {
  const s = resolveScenario(scenario)
  const functions = s.nodes.filter((n) => n.type === 'lambda' && n.accountId === s.accountId)
  const sam = exportSam(scenario, { codeUri: 'src/', extraVariables: (id) => ({ LAMBDASCOPE_FUNCTION: id }) })
  // Each node's logical id, read back from the template's Metadata (the exporter's one naming).
  const logical = new Map<string, string>()
  for (const [id, r] of Object.entries(
    sam.template['Resources'] as Record<string, { Metadata?: { Lambdascope?: { nodeId: string } } }>,
  )) {
    const nodeId = r.Metadata?.Lambdascope?.nodeId
    if (nodeId !== undefined) logical.set(nodeId, id)
  }
  const outputsOf = (sam.template['Outputs'] ?? {}) as Record<string, unknown>
  const nodes: Record<string, Record<string, unknown>> = {} // safe-keys: written as JSON only, read back with `??`
  for (const n of s.nodes) {
    const l = logical.get(
      n.type === 'dynamoDbStream' ? (s.edges.find((e) => e.role === 'stream' && e.to === n.id)?.from ?? n.id) : n.id,
    )
    const kind = KIND_OUTPUT[n.type]
    const entry: Record<string, unknown> = { type: n.type }
    const output = l !== undefined && kind !== undefined ? `${l}${OUTPUT_SUFFIX[kind]}` : undefined
    // Only outputs the template has (an EventBridge rule is marked with its node but has no output; a bus has one).
    if (output !== undefined && kind !== undefined && Object.hasOwn(outputsOf, output)) entry[kind] = output
    if (n.type === 'sqs') entry['fifo'] = n.config.fifo
    if (n.type === 'apiGateway') {
      const fn = s.edges.find((e) => e.from === n.id && e.role === 'trigger')?.to
      entry['path'] = fn === undefined ? '/' : apiPathOf(fn)
    }
    if (n.type === 'client') {
      const fn = s.edges.find((e) => e.from === n.id && e.role === 'trigger')?.to
      entry['functionOutput'] = fn === undefined ? null : `${logical.get(fn)}Name`
      entry['invocationType'] = n.config.invocationType
    }
    nodes[n.id] = entry
  }
  const sent = predicted.filter((p) => p.index >= 0).slice(0, MAX_EXPERIMENT_EVENTS)
  const lastMs = Math.max(0, ...predicted.map((p) => Math.max(p.createdMs, ...p.attempts.map((a) => a.startMs))))
  const lastSentMs = Math.max(0, ...sent.map((p) => p.createdMs))
  const targets = [
    ...new Set(
      s.edges
        .filter(
          (e) =>
            (e.role === 'dlq' || e.role === 'onFailure' || e.role === 'onSuccess') &&
            s.nodeById.get(e.to)?.type === 'sqs',
        )
        .map((e) => e.to),
    ),
  ]
  const experiment = {
    title: s.title,
    nodes,
    functions: functions.map((f) => ({ id: f.id, output: `${logical.get(f.id)}Name` })),
    targets: targets.map((nodeId) => ({ nodeId })),
    events: sent.map((p) => ({
      traffic: p.traffic,
      index: p.index,
      source: p.source,
      atMs: p.createdMs,
      payload: p.payload,
      key: p.key,
    })),
    eventsCapped: predicted.filter((p) => p.index >= 0).length > sent.length,
    predicted: sent,
    // Long enough for the predicted retries after the last event, plus a minute for logs; at most 30 minutes.
    suggestedWaitSeconds: Math.min(1800, Math.ceil(Math.max(0, lastMs - lastSentMs) / 1000) + 60),
  }
  const plans = Object.fromEntries(functions.map((f) => [f.id, functionPlan(s, f.id)]))
  const outsideHandler = s.faults.filter((f) => !HANDLER_FAULTS.has(f.kind))
  const files: ExportFile[] = [
    { path: 'template.yaml', content: sam.yaml },
    { path: 'src/index.mjs', content: HANDLER_SOURCE },
    { path: 'src/plan.json', content: JSON.stringify(plans, null, 2) + '\n' },
    { path: 'driver.mjs', content: DRIVER_SOURCE },
    { path: 'experiment.json', content: JSON.stringify(experiment, null, 2) + '\n' },
    {
      path: 'README.md',
      content: experimentReadme({
        title: s.title,
        events: sent.length,
        capped: experiment.eventsCapped,
        outsideHandler: outsideHandler.map((f) => `${f.id} (${f.kind})`),
        notExpressed: sam.notExpressed,
      }),
    },
  ]
  return { files, notExpressed: sam.notExpressed }
}

/**
 * Every zip entry's date: a constant (1980-06-01 12:00 UTC), not the clock, so the same bundle gives the same bytes.
 */
const ZIP_MTIME_MS = 328_708_800_000

/** The bundle as one zip (folder `lambdascope-experiment/`). */
export function experimentZip(files: readonly ExportFile[]): Uint8Array {
  const mtime = ZIP_MTIME_MS
  return zipSync(
    Object.fromEntries(files.map((f) => [`lambdascope-experiment/${f.path}`, [strToU8(f.content), { mtime }]])),
  )
}
