/**
 * CLI: npm run simulate -- <scenario.json> [--compare <b.json>] [--until <ms>] [--seed <n>] [--format
 * summary|json|trace] [--max-events <n>]
 * `--compare` runs both documents with the same options and prints their figures and the diff (simulateCompare.ts).
 * Without --until (or the scenario's runLimitMs) the run goes on after traffic stops until every event has settled;
 * a capped run says what it left pending. `summary` is for people; `json` prints event lifecycles + metrics; `trace`
 * prints one trace entry per line (NDJSON).
 * Every failure (bad arguments, an unreadable, too large or invalid document) exits 2 with a plain message — the first
 * 20 issues, each located, and how many there were. An engine self-check failure exits 1; a bug in the CLI or the
 * engine prints a short report (no stack) and exits 70. The run's budget is sized to the memory the process has.
 */
import { readFileSync, statSync } from 'node:fs'
import { getHeapStatistics } from 'node:v8'
import { pathToFileURL } from 'node:url'
import { parseScenarioJson, resolveScenario, type Issue, type ResolvedScenario } from '../src/model/index.ts'
import { DEFAULT_BUDGET, simulate, type BudgetStop, type SimResult } from '../src/sim/index.ts'
import { MAX_FILE_BYTES, MAX_SEED, eventCapFor, escapeControls, formatCount, issueList } from './simulateLimits.ts'
import { pendingAtEnd } from '../src/sim/views/index.ts'
import { compareOutput } from './simulateCompare.ts'

export interface CliOutput {
  code: number
  stdout: string
  stderr: string
}

/** What the CLI needs from its host; tests pass their own. */
export interface CliHost {
  /** The file's size in bytes, read before the file (so a 48 MB file is refused without reading it). */
  fileSize?: (path: string) => number
  /** Whether output goes to a terminal: then control characters in user text are shown escaped. */
  tty?: boolean
  /** The heap the process may use (V8's limit); the event budget is sized to it. */
  heapLimitBytes?: number
}

type Format = 'summary' | 'json' | 'trace'
const USAGE =
  'usage: npm run simulate -- <scenario.json> [--compare <b.json>] [--until <ms>] [--seed <n>] ' +
  '[--format summary|json|trace] [--max-events <n>]'

interface Args {
  file: string
  /** A second document to run the same way and compare with the first. */
  compare?: string
  untilMs?: number
  seed?: number
  maxEvents?: number
  format: Format
}

function parseArgs(argv: readonly string[]): Args | string {
  let file: string | undefined
  const out: Omit<Args, 'file'> = { format: 'summary' }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = () => argv[++i]
    if (a === '--until' || a === '--seed' || a === '--max-events') {
      const v = value()
      const n = v === undefined || v.trim() === '' ? Number.NaN : Number(v)
      const max = a === '--max-events' ? 1_000_000_000 : MAX_SEED
      const min = a === '--max-events' ? 1 : 0
      if (!Number.isInteger(n) || n < min || n > max) return `${a} needs an integer from ${min} to ${formatCount(max)}`
      if (a === '--until') out.untilMs = n
      else if (a === '--seed') out.seed = n
      else out.maxEvents = n
    } else if (a === '--format') {
      const v = value()
      if (v !== 'summary' && v !== 'json' && v !== 'trace') return '--format is summary, json or trace'
      out.format = v
    } else if (a === '--compare') {
      const v = value()
      if (v === undefined || v.startsWith('--')) return '--compare needs a second <scenario.json>'
      out.compare = v
    } else if (a.startsWith('--')) return `unknown option ${a}`
    else if (file === undefined) file = a
    else return `unexpected argument ${a}`
  }
  if (file === undefined) return 'missing <scenario.json>'
  if (out.compare !== undefined && out.format === 'trace')
    return '--compare prints figures: --format summary or json, not trace'
  return { file, ...out }
}

const formatIssue = (i: Issue) => `  ${i.path}: ${i.message} [${i.code}${i.ref ? ` ${i.ref}` : ''}]`

/** The json format: lifecycles with the fields the issue lists, plus metric series and per-node totals. */
export function toJson(r: SimResult): unknown {
  // Node ids are user text: a Map, never `obj[id]` on a plain object (`__proto__` would write to Object.prototype).
  const totals = new Map<string, Map<string, number>>()
  for (const s of r.metrics.series) {
    let t = totals.get(s.nodeId)
    if (!t) totals.set(s.nodeId, (t = new Map()))
    t.set(s.name, s.kind === 'sum' ? s.values.reduce((a, b) => a + b, 0) : s.values.reduce((a, b) => Math.max(a, b), 0))
  }
  // Per event, the DLQ / destination messages actually delivered (§2.3, §2.4, §3.2): body and attributes.
  const sent = new Map<string, unknown[]>()
  for (const t of r.trace) {
    if (t.type !== 'message.sent') continue
    const m = t.message as { body?: unknown; attributes?: unknown } | null
    const dlq = m !== null && typeof m === 'object' && 'attributes' in m && 'body' in m
    const list = sent.get(t.eventId) ?? []
    list.push({
      atMs: t.atMs,
      to: t.nodeId,
      edgeId: t.edgeId,
      reason: t.reason,
      body: dlq ? m.body : t.message,
      attributes: dlq ? m.attributes : {},
    })
    sent.set(t.eventId, list)
  }
  return {
    ...(r.end !== undefined && { end: { ...r.end, endMs: r.untilMs, pending: pendingAtEnd(r) } }),
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
    // Object.fromEntries defines own properties (a `__proto__` key stays a key).
    metrics: {
      periodMs: r.metrics.periodMs,
      totals: Object.fromEntries([...totals].map(([id, m]) => [id, Object.fromEntries(m)])),
      series: r.metrics.series,
    },
    ...(r.stopped ? { stopped: r.stopped } : {}),
  }
}

/** "stopped at 2,000,000 events: shorten the run or lower the traffic" (the CLI adds how to raise the budget). */
export function stopSentence(s: BudgetStop): string {
  const what = s.reason === 'maxEvents' ? 'events' : 'trace entries'
  return (
    `stopped at ${formatCount(s.limit)} ${what} (sim time ${formatCount(s.atMs)} ms): ` +
    'shorten the run or lower the traffic, or raise --max-events'
  )
}

function summary(title: string, r: SimResult, warnings: readonly Issue[]): string {
  const lines = [
    `${title} — until ${r.untilMs} ms, seed ${r.seed}`,
    endLine(r),
    `${r.events.length} events, ${r.traceStore.length} trace entries`,
  ]
  if (r.stopped) lines.push(stopSentence(r.stopped))
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
  if (warnings.length > 0) lines.push(...issueList('warnings', warnings, formatIssue))
  if (r.violations.length > 0) lines.push('ENGINE VIOLATIONS:', ...r.violations.map((v) => `  ${v}`))
  return lines.join('\n') + '\n'
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/** How the run ended, and what a capped run left pending (the app says the same in en/ja from the same codes). */
export function endLine(r: SimResult): string {
  const traffic = `traffic stopped at ${r.end.trafficEndMs} ms`
  if (r.end.kind === 'settled' && r.end.openEvents === 0) return `settled: every event has a fate (${traffic})`
  const p = pendingAtEnd(r)
  const cut = r.end.kind === 'limit' ? `still settling at the ${r.untilMs} ms limit` : `capped at ${r.untilMs} ms`
  switch (p.code) {
    case 'none':
      return `${cut}: nothing was pending (${traffic})`
    case 'retry':
      return (
        `${cut}: ${plural(p.count, 'event')} will retry at ${p.atMs} ms — ` +
        `extend the run (--until) to see ${p.count === 1 ? 'it' : 'them'} settle`
      )
    case 'inFlight':
      return (
        `${cut}: ${plural(p.openEvents, 'event')} still in flight, next step at ${p.atMs} ms — ` +
        'extend the run (--until)'
      )
    case 'stuck':
      return `ended: ${plural(p.openEvents, 'event')} waiting for a consumer that never comes (${traffic})`
  }
}

const fail = (stderr: string): CliOutput => ({ code: 2, stdout: '', stderr })

/** A document read, checked and resolved — or the exit-2 output saying why not, located in that file. */
function load(
  file: string,
  readFile: (path: string) => string,
  host: CliHost,
): { scenario: ResolvedScenario; title: string; warnings: readonly Issue[] } | CliOutput {
  let size: number | undefined
  try {
    size = host.fileSize?.(file)
  } catch {
    size = undefined // reading it says why
  }
  if (size !== undefined && size > MAX_FILE_BYTES)
    return fail(`${file} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB\n`)
  let text: string
  try {
    text = readFile(file)
  } catch (e) {
    const code = (e as { code?: unknown }).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : e instanceof Error
              ? e.message
              : String(e)
    return fail(`cannot read ${file}: ${why}\n`)
  }
  if (text.length > MAX_FILE_BYTES)
    return fail(`${file} is over ${MAX_FILE_BYTES / 1048576} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB\n`)
  const parsed = parseScenarioJson(text)
  if (!parsed.ok) {
    const errors = parsed.issues.filter((i) => i.severity === 'error').length
    return fail(`${file}: ${formatCount(errors)} error(s)\n${issueList(null, parsed.issues, formatIssue).join('\n')}\n`)
  }
  return { scenario: resolveScenario(parsed.scenario), title: parsed.scenario.title, warnings: parsed.warnings }
}

const isOutput = (x: object): x is CliOutput => 'code' in x

function run(argv: readonly string[], readFile: (path: string) => string, host: CliHost): CliOutput {
  const args = parseArgs(argv)
  if (typeof args === 'string') return fail(`${args}\n${USAGE}\n`)
  const doc = load(args.file, readFile, host)
  if (isOutput(doc)) return doc
  const other = args.compare === undefined ? null : load(args.compare, readFile, host)
  if (other !== null && isOutput(other)) return other
  // Two runs share the heap: each gets half the budget.
  const maxEvents = args.maxEvents ?? Math.floor(eventCapFor(host.heapLimitBytes, args.format) / (other ? 2 : 1))
  const simulateDoc = (s: ResolvedScenario) =>
    simulate(s, {
      ...(args.untilMs !== undefined ? { untilMs: args.untilMs } : {}),
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
      budget: { maxEvents, maxTraceEntries: Math.max(DEFAULT_BUDGET.maxTraceEntries, maxEvents * 10) },
    })
  const r = simulateDoc(doc.scenario)
  if (other !== null && args.compare !== undefined) {
    const rb = simulateDoc(other.scenario)
    const side = (file: string, d: typeof doc, res: SimResult) => ({
      file,
      title: d.title,
      scenario: d.scenario,
      result: res,
      endLine: endLine(res),
      stopped: res.stopped ? stopSentence(res.stopped) : null,
    })
    return compareOutput(
      [side(args.file, doc, r), side(args.compare, other, rb)],
      args.format === 'json' ? 'json' : 'summary',
    )
  }
  const stdout =
    args.format === 'json'
      ? JSON.stringify(toJson(r), null, 2) + '\n'
      : args.format === 'trace'
        ? traceLines(r)
        : summary(doc.title, r, doc.warnings)
  const stderr = r.stopped && args.format !== 'summary' ? `${stopSentence(r.stopped)}\n` : ''
  return { code: r.violations.length > 0 ? 1 : 0, stdout, stderr }
}

/** NDJSON, read entry by entry from the columns (no array of every entry at once). */
function traceLines(r: SimResult): string {
  const store = r.traceStore
  const parts: string[] = []
  for (let i = 0; i < store.length; i++) parts.push(JSON.stringify(store.get(i)))
  return parts.join('\n') + '\n'
}

/**
 * Run the CLI. Never throws: a failure the user can fix exits 2 with a plain message; anything else is a bug, reported
 * in a few lines (what, where) with exit 70.
 */
export function runCli(argv: readonly string[], readFile: (path: string) => string, host: CliHost = {}): CliOutput {
  let out: CliOutput
  try {
    out = run(argv, readFile, host)
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e))
    const where =
      (err.stack ?? '')
        .split('\n')
        .find((l) => l.trim().startsWith('at '))
        ?.trim() ?? 'unknown place'
    out = {
      code: 70,
      stdout: '',
      stderr:
        'lambdascope simulate: internal error (a bug, please report it with the scenario)\n' +
        `  ${err.name}: ${err.message}\n  ${where}\n`,
    }
  }
  if (!host.tty) return out
  return { code: out.code, stdout: escapeControls(out.stdout), stderr: escapeControls(out.stderr) }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = runCli(process.argv.slice(2), (p) => readFileSync(p, 'utf8'), {
    fileSize: (p) => statSync(p).size,
    tty: process.stdout.isTTY === true || process.stderr.isTTY === true,
    heapLimitBytes: getHeapStatistics().heap_size_limit,
  })
  process.stdout.write(out.stdout)
  process.stderr.write(out.stderr)
  process.exitCode = out.code
}
