/**
 * CLI: npm run simulate -- <scenario.json> [--until <ms>] [--seed <n>] [--format summary|json|trace]
 * `summary` is for people; `json` prints event lifecycles + metrics; `trace` prints one trace entry per line (NDJSON).
 * A bad document (or bad arguments) exits 2 with every error located.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseScenarioJson, resolveScenario, type Issue } from '../src/model/index.ts'
import { simulate, type SimResult } from '../src/sim/index.ts'

export interface CliOutput {
  code: number
  stdout: string
  stderr: string
}

type Format = 'summary' | 'json' | 'trace'
const USAGE = 'usage: npm run simulate -- <scenario.json> [--until <ms>] [--seed <n>] [--format summary|json|trace]'

function parseArgs(argv: readonly string[]): { file: string; untilMs?: number; seed?: number; format: Format } | string {
  let file: string | undefined
  let untilMs: number | undefined
  let seed: number | undefined
  let format: Format = 'summary'
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = () => argv[++i]
    if (a === '--until' || a === '--seed') {
      const v = value()
      const n = v === undefined ? Number.NaN : Number(v)
      if (!Number.isInteger(n) || n < 0) return `${a} needs a non-negative integer`
      if (a === '--until') untilMs = n
      else seed = n
    } else if (a === '--format') {
      const v = value()
      if (v !== 'summary' && v !== 'json' && v !== 'trace') return '--format is summary, json or trace'
      format = v
    } else if (a.startsWith('--')) return `unknown option ${a}`
    else if (file === undefined) file = a
    else return `unexpected argument ${a}`
  }
  if (file === undefined) return 'missing <scenario.json>'
  return { file, format, ...(untilMs !== undefined ? { untilMs } : {}), ...(seed !== undefined ? { seed } : {}) }
}

const formatIssue = (i: Issue) => `  ${i.path}: ${i.message} [${i.code}${i.ref ? ` ${i.ref}` : ''}]`

/** The json format: lifecycles with the fields the issue lists, plus metric series and per-node totals. */
export function toJson(r: SimResult): unknown {
  const totals: Record<string, Record<string, number>> = {}
  for (const s of r.metrics.series) {
    const t = (totals[s.nodeId] ??= {})
    t[s.name] = s.kind === 'sum' ? s.values.reduce((a, b) => a + b, 0) : Math.max(0, ...s.values)
  }
  // Per event, the DLQ / destination messages actually delivered (§2.3, §2.4, §3.2): body and attributes.
  const sent = new Map<string, unknown[]>()
  for (const t of r.trace) {
    if (t.type !== 'message.sent') continue
    const m = t.message as { body?: unknown; attributes?: unknown } | null
    const dlq = m !== null && typeof m === 'object' && 'attributes' in m && 'body' in m
    const list = sent.get(t.eventId) ?? []
    list.push({ atMs: t.atMs, to: t.nodeId, edgeId: t.edgeId, reason: t.reason, body: dlq ? m.body : t.message, attributes: dlq ? m.attributes : {} })
    sent.set(t.eventId, list)
  }
  return {
    events: r.events.map((e) => ({
      id: e.id,
      source: e.source,
      fate: e.fate,
      reason: e.reason,
      attempts: e.attempts.map((a) => ({ startMs: a.startMs, endMs: a.endMs, result: a.result })),
      endedAtMs: e.endedAtMs,
      deliveredTo: e.deliveredTo,
      messages: sent.get(e.id) ?? [],
      ...(e.response ? { response: { statusCode: e.response.statusCode } } : {}),
    })),
    metrics: { periodMs: r.metrics.periodMs, totals, series: r.metrics.series },
  }
}

function summary(title: string, r: SimResult, warnings: readonly Issue[]): string {
  const lines = [`${title} — until ${r.untilMs} ms, seed ${r.seed}`, `${r.events.length} events, ${r.trace.length} trace entries`]
  const fates = new Map<string, number>()
  for (const e of r.events) fates.set(e.fate, (fates.get(e.fate) ?? 0) + 1)
  lines.push('fates:')
  for (const [f, n] of [...fates].sort()) lines.push(`  ${f.padEnd(20)} ${n}`)
  const totals = (toJson(r) as { metrics: { totals: Record<string, Record<string, number>> } }).metrics.totals
  lines.push('metrics (totals; gauges = max):')
  for (const [node, m] of Object.entries(totals)) {
    const shown = Object.entries(m).filter(([, v]) => v !== 0)
    if (shown.length > 0) lines.push(`  ${node}: ${shown.map(([k, v]) => `${k} ${v}`).join(', ')}`)
  }
  if (warnings.length > 0) lines.push('warnings:', ...warnings.map(formatIssue))
  if (r.violations.length > 0) lines.push('ENGINE VIOLATIONS:', ...r.violations.map((v) => `  ${v}`))
  return lines.join('\n') + '\n'
}

export function runCli(argv: readonly string[], readFile: (path: string) => string): CliOutput {
  const args = parseArgs(argv)
  if (typeof args === 'string') return { code: 2, stdout: '', stderr: `${args}\n${USAGE}\n` }
  let text: string
  try {
    text = readFile(args.file)
  } catch (e) {
    return { code: 2, stdout: '', stderr: `cannot read ${args.file}: ${e instanceof Error ? e.message : String(e)}\n` }
  }
  const parsed = parseScenarioJson(text)
  if (!parsed.ok) {
    const errors = parsed.issues.filter((i) => i.severity === 'error')
    return { code: 2, stdout: '', stderr: `${args.file}: ${errors.length} error(s)\n${parsed.issues.map(formatIssue).join('\n')}\n` }
  }
  const r = simulate(resolveScenario(parsed.scenario), {
    ...(args.untilMs !== undefined ? { untilMs: args.untilMs } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
  })
  const stdout =
    args.format === 'json'
      ? JSON.stringify(toJson(r), null, 2) + '\n'
      : args.format === 'trace'
        ? r.trace.map((t) => JSON.stringify(t)).join('\n') + '\n'
        : summary(parsed.scenario.title, r, parsed.warnings)
  return { code: r.violations.length > 0 ? 1 : 0, stdout, stderr: '' }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = runCli(process.argv.slice(2), (p) => readFileSync(p, 'utf8'))
  process.stdout.write(out.stdout)
  process.stderr.write(out.stderr)
  process.exitCode = out.code
}
