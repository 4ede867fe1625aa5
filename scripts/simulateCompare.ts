/**
 * `simulate --compare`: two documents run with the same options, their figures (sim/views runMetrics) side by side
 * and the diff (diffMetrics). Summary: a table for people; json: `{ runs: [{metrics}, {metrics}], diff: {key: …} }`.
 */
import type { ResolvedScenario } from '../src/model/index.ts'
import type { SimResult } from '../src/sim/index.ts'
import { diffMetrics, runMetrics, type MetricDiff, type MetricKey, type RunMetrics } from '../src/sim/views/index.ts'

export interface CompareSide {
  file: string
  title: string
  scenario: ResolvedScenario
  result: SimResult
  /** How the run ended (simulate.ts endLine). */
  endLine: string
  /** The budget sentence when the run was stopped early, else null. */
  stopped: string | null
}

/** Table labels (units in the name, as the docs define them). */
const LABELS: Record<MetricKey, string> = {
  events: 'events',
  delivered: 'delivered',
  retried: 'retried',
  inDlq: 'in DLQ / destination',
  lost: 'lost',
  expired: 'expired',
  throttled: 'throttled',
  p50LatencyMs: 'p50 latency (ms)',
  p99LatencyMs: 'p99 latency (ms)',
  maxIteratorAgeMs: 'max iterator age (ms)',
  coldStarts: 'cold starts',
  concurrencyPeak: 'concurrency peak',
}

const cell = (v: number | null) => (v === null ? '—' : v.toLocaleString('en-US'))
const signed = (v: number | null) =>
  v === null ? '—' : v > 0 ? `+${v.toLocaleString('en-US')}` : v.toLocaleString('en-US')

/** The diff as a table: figure, a, b, b − a, and which run is riskier. */
export function diffTable(diff: readonly MetricDiff[]): string[] {
  const rows = [
    ['figure', 'a', 'b', 'b − a', 'riskier'],
    ...diff.map((d) => [LABELS[d.key], cell(d.a), cell(d.b), signed(d.delta), d.riskier ?? '']),
  ]
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  return rows.map((r) =>
    r
      .map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  )
}

export function compareOutput(
  sides: readonly [CompareSide, CompareSide],
  format: 'summary' | 'json',
): { code: number; stdout: string; stderr: string } {
  const metrics = sides.map((s) => runMetrics(s.result, s.scenario)) as [RunMetrics, RunMetrics]
  const diff = diffMetrics(metrics[0], metrics[1])
  const violations = sides.flatMap((s, i) => s.result.violations.map((v) => `${'ab'[i]}: ${v}`))
  const code = violations.length > 0 ? 1 : 0
  const stopped = sides.flatMap((s, i) => (s.stopped ? [`${'ab'[i]}: ${s.stopped}`] : []))
  if (format === 'json') {
    const runs = sides.map((s, i) => ({
      file: s.file,
      title: s.title,
      untilMs: s.result.untilMs,
      seed: s.result.seed,
      end: s.result.end.kind,
      metrics: metrics[i],
    }))
    // Object.fromEntries: metric keys are ours, but keep the output an own-property object all the same.
    const byKey = Object.fromEntries(diff.map((d) => [d.key, { a: d.a, b: d.b, delta: d.delta, riskier: d.riskier }]))
    const stderr = stopped.length > 0 ? stopped.join('\n') + '\n' : ''
    return { code, stdout: JSON.stringify({ runs, diff: byKey }, null, 2) + '\n', stderr }
  }
  const lines: string[] = []
  sides.forEach((s, i) => {
    lines.push(
      `${'ab'[i]}: ${s.title} (${s.file}) — until ${s.result.untilMs} ms, seed ${s.result.seed}`,
      `   ${s.endLine}`,
    )
    if (s.stopped) lines.push(`   ${s.stopped}`)
  })
  lines.push('', ...diffTable(diff))
  const marked = diff.filter((d) => d.riskier !== null)
  lines.push(
    '',
    marked.length === 0
      ? 'no figure is riskier in either run'
      : `riskier: ${marked.map((d) => `${LABELS[d.key]} in ${d.riskier}`).join(', ')}`,
  )
  if (violations.length > 0) lines.push('ENGINE VIOLATIONS:', ...violations.map((v) => `  ${v}`))
  return { code, stdout: lines.join('\n') + '\n', stderr: '' }
}
