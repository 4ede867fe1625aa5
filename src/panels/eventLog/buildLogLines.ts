import { countAtOrBefore } from '../../model/sorted'
import type { ResolvedScenario } from '../../model'
import type { SimResult, TraceEvent } from '../../sim'
import { eventLifecycleAt } from '../../sim/views'
import { narrate, reasonKey, type LogKind, type Narration, type NarrationContext } from '../narration/narrate'
import type { Translate } from '../narration/translate'
import { displayNames } from '../narration/displayNames'

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
  const names = displayNames(scenario, t)
  return {
    t,
    labelOf: names.node,
    eventName: names.event,
    envName: names.env,
    maxAttemptsOf: (eventId) => {
      if (!maxByEvent.has(eventId))
        maxByEvent.set(eventId, eventLifecycleAt(result, eventId, result.untilMs, scenario)?.maxAttempts ?? null)
      return maxByEvent.get(eventId) ?? null
    },
  }
}

/**
 * The run as log lines, narrated lazily up to the time asked for (hops are animation, not lines: the entries around
 * them say what happened). One builder per result and language; playing forward only narrates the new entries.
 */
export class LogBuilder {
  readonly lines: LogLine[] = []
  private next = 0
  private last: { narr: Narration; type: TraceEvent['type'] } | null = null
  private readonly ctx: NarrationContext
  private readonly rules = new Map<string, string>()
  private readonly template: [string, string, string, string]
  private readonly result: SimResult
  private readonly t: Translate

  constructor(result: SimResult, scenario: ResolvedScenario | undefined, t: Translate) {
    this.result = result
    this.t = t
    this.ctx = contextFor(result, scenario, t)
    // "sentence — rule (§x)" in this language, filled by string joins (thousands of lines, one template).
    const marked = t('narration.line', { sentence: '\u0001', rule: '\u0002', ref: '\u0003' })
    const [a = '', rest1 = ''] = marked.split('\u0001')
    const [b = '', rest2 = ''] = rest1.split('\u0002')
    const [c = '', d = ''] = rest2.split('\u0003')
    this.template = [a, b, c, d]
  }

  private text(n: Pick<Narration, 'sentence' | 'reason' | 'ref'>): string {
    let rule = this.rules.get(n.reason)
    if (rule === undefined) {
      rule = this.t(reasonKey(n.reason))
      this.rules.set(n.reason, rule)
    }
    const [a, b, c, d] = this.template
    return a + n.sentence.replace(/[.。]$/, '') + b + rule + c + n.ref + d
  }

  /**
   * Narrate the entries up to tMs — at most `maxEntries` of them this call (a big run is narrated over several tasks,
   * see useNarration) — and return how many lines have happened by then (of those narrated so far).
   */
  upTo(tMs: number, maxEntries = Number.POSITIVE_INFINITY): number {
    const trace = this.result.trace
    const stop = Math.min(trace.length, this.next + maxEntries)
    while (this.next < stop && trace[this.next]!.atMs <= tMs) this.add(trace[this.next++]!)
    return linesUpTo(this.lines, tMs)
  }

  /** Whether entries up to tMs are still to be narrated (a budgeted `upTo` stopped short). */
  behind(tMs: number): boolean {
    const trace = this.result.trace
    return this.next < trace.length && trace[this.next]!.atMs <= tMs
  }

  private add(e: TraceEvent): void {
    if (e.type === 'hop') return
    const n = narrate(e, this.ctx, this.result.trace)
    const prev = this.last
    const prevLine = this.lines[this.lines.length - 1]
    const joins =
      prev !== null &&
      prevLine !== undefined &&
      n.eventId !== null &&
      prevLine.eventId === n.eventId &&
      prevLine.atMs === e.atMs &&
      FOLLOWS.has(e.type) &&
      (prev.type === 'invoke.end' || prev.type === 'invoke.refused' || FOLLOWS.has(prev.type))
    if (joins) {
      // Japanese sentences end in 。 and need no space between them.
      const sentence = /。$/.test(prev.narr.sentence)
        ? `${prev.narr.sentence}${n.sentence}`
        : `${prev.narr.sentence} ${n.sentence}`
      const narr: Narration = {
        ...n,
        sentence,
        kinds: [...new Set([...prev.narr.kinds, ...n.kinds])],
        nodeIds: [...new Set([...prev.narr.nodeIds, ...n.nodeIds])],
      }
      this.lines[this.lines.length - 1] = {
        ...prevLine,
        kinds: narr.kinds,
        nodeIds: narr.nodeIds,
        text: this.text(narr),
        ref: n.ref,
        docUrl: n.docUrl,
      }
      this.last = { narr, type: e.type }
      return
    }
    this.lines.push({
      id: e.seq,
      atMs: e.atMs,
      eventId: n.eventId,
      nodeIds: n.nodeIds,
      kinds: n.kinds,
      text: this.text(n),
      ref: n.ref,
      docUrl: n.docUrl,
    })
    this.last = { narr: n, type: e.type }
  }
}

/** The whole run as log lines. */
export function buildLogLines(result: SimResult, scenario: ResolvedScenario | undefined, t: Translate): LogLine[] {
  const b = new LogBuilder(result, scenario, t)
  b.upTo(Number.POSITIVE_INFINITY)
  return b.lines
}

/** How many lines have happened by tMs (lines are in time order). */
export function linesUpTo(lines: readonly LogLine[], tMs: number): number {
  return countAtOrBefore(lines, tMs)
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
