import type { ResolvedScenario } from '../../model'
import type { SimResult, TraceEvent } from '../../sim'
import { eventLifecycleAt } from '../../sim/views'
import { lineText, narrate, type LogKind, type Narration, type NarrationContext } from '../narration/narrate'
import type { Translate } from '../narration/translate'

/** One line of the event log: one or more trace entries of the same event at the same instant, narrated. */
export interface LogLine {
  /** seq of its first entry: a stable id. */
  id: number
  atMs: number
  eventId: string | null
  nodeIds: string[]
  kinds: LogKind[]
  text: string
  ref: string
  docUrl: string | null
}

/** Entries that follow a failed attempt at the same instant read as one line ("… failed. Next try in 2 min — …"). */
const FOLLOWS = new Set<TraceEvent['type']>(['retry.scheduled', 'message.sent', 'event.fate', 'delivery.failed'])

function contextFor(result: SimResult, scenario: ResolvedScenario | undefined, t: Translate): NarrationContext {
  const maxByEvent = new Map<string, number | null>()
  return {
    t,
    labelOf: (id) => scenario?.nodeById.get(id)?.label ?? id,
    maxAttemptsOf: (eventId) => {
      if (!maxByEvent.has(eventId)) maxByEvent.set(eventId, eventLifecycleAt(result, eventId, result.untilMs, scenario)?.maxAttempts ?? null)
      return maxByEvent.get(eventId) ?? null
    },
  }
}

/**
 * The whole run as log lines (hops are animation, not lines: the entries around them say what happened).
 * Built once per result and language; the log shows the prefix up to the playback position.
 */
export function buildLogLines(result: SimResult, scenario: ResolvedScenario | undefined, t: Translate): LogLine[] {
  const ctx = contextFor(result, scenario, t)
  const lines: LogLine[] = []
  let last: { line: LogLine; narr: Narration; type: TraceEvent['type'] } | null = null
  for (const e of result.trace) {
    if (e.type === 'hop') continue
    const n = narrate(e, ctx, result.trace)
    const prev = last
    const joins = prev !== null && n.eventId !== null && prev.line.eventId === n.eventId && prev.line.atMs === e.atMs && FOLLOWS.has(e.type) && (prev.type === 'invoke.end' || prev.type === 'invoke.refused' || FOLLOWS.has(prev.type))
    if (joins) {
      const sentence = `${prev.narr.sentence} ${n.sentence}`
      const narr: Narration = { ...n, sentence, kinds: [...new Set([...prev.narr.kinds, ...n.kinds])], nodeIds: [...new Set([...prev.narr.nodeIds, ...n.nodeIds])] }
      const line: LogLine = { ...prev.line, kinds: narr.kinds, nodeIds: narr.nodeIds, text: lineText(narr, t), ref: n.ref, docUrl: n.docUrl }
      lines[lines.length - 1] = line
      last = { line, narr, type: e.type }
      continue
    }
    const line: LogLine = { id: e.seq, atMs: e.atMs, eventId: n.eventId, nodeIds: n.nodeIds, kinds: n.kinds, text: lineText(n, t), ref: n.ref, docUrl: n.docUrl }
    lines.push(line)
    last = { line, narr: n, type: e.type }
  }
  return lines
}

/** How many lines have happened by tMs (lines are in time order). */
export function linesUpTo(lines: readonly LogLine[], tMs: number): number {
  let lo = 0
  let hi = lines.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (lines[mid]!.atMs <= tMs) lo = mid + 1
    else hi = mid
  }
  return lo
}

export type LogFilter = { nodeId: string | null; kind: LogKind | null }

export function filterLines(lines: readonly LogLine[], count: number, f: LogFilter): LogLine[] {
  const out: LogLine[] = []
  for (let i = 0; i < count; i++) {
    const l = lines[i]!
    if (f.nodeId !== null && !l.nodeIds.includes(f.nodeId)) continue
    if (f.kind !== null && !l.kinds.includes(f.kind)) continue
    out.push(l)
  }
  return out
}

/** The transcript: one line per log line, with its sim time and the AWS page of its rule. */
export function transcriptText(lines: readonly LogLine[], formatTime: (ms: number) => string): string {
  return lines.map((l) => `${formatTime(l.atMs)}  ${l.text}${l.docUrl ? `  <${l.docUrl}>` : ''}`).join('\n') + '\n'
}
