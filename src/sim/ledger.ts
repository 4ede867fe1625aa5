import type { ReasonCode } from './reasons.ts'
import type { AttemptResult, Fate } from './trace.ts'

export interface Attempt {
  startMs: number
  endMs: number
  result: AttemptResult
}

/** One event's lifecycle (what `--format json` prints). Mutable inside the kernel; frozen in spirit once returned. */
export interface EventRecord {
  id: string
  source: string
  /** The traffic entry or parent event it came from. */
  origin: string
  createdMs: number
  payload: unknown
  /** Partition key for stream records (round-robin from the traffic's partitionKeys), else null. */
  key: string | null
  /** 0-based position within its traffic entry (poisonRecord `index` matches it); -1 for derived events. */
  index: number
  fate: Fate
  reason: ReasonCode | null
  attempts: Attempt[]
  endedAtMs: number | null
  deliveredTo: string[]
  response: { statusCode: number } | null
}

const NO_ATTEMPTS: Attempt[] = []
const NO_TARGETS: string[] = []

/**
 * The event ledger: creates events with stable ids (`e1`, `e2`… in creation order, which is deterministic) and records
 * attempts and exactly one fate each. A second fate is an engine bug: it is recorded in `violations`, never thrown.
 */
export class Ledger {
  readonly events: EventRecord[] = []
  readonly violations: string[] = []

  create(source: string, origin: string, createdMs: number, payload: unknown, key: string | null = null, index = -1): EventRecord {
    const ev: EventRecord = {
      id: `e${this.events.length + 1}`,
      source,
      origin,
      createdMs,
      payload,
      key,
      index,
      fate: 'in-flight',
      reason: null,
      attempts: NO_ATTEMPTS,
      endedAtMs: null,
      deliveredTo: NO_TARGETS,
      response: null,
    }
    this.events.push(ev)
    return ev
  }

  addAttempt(ev: EventRecord, startMs: number, endMs: number, result: AttemptResult): void {
    const a: Attempt = { startMs, endMs, result }
    if (ev.attempts === NO_ATTEMPTS) ev.attempts = [a]
    else ev.attempts.push(a)
  }

  deliveredTo(ev: EventRecord, nodeId: string): void {
    if (ev.deliveredTo === NO_TARGETS) ev.deliveredTo = [nodeId]
    else if (!ev.deliveredTo.includes(nodeId)) ev.deliveredTo.push(nodeId)
  }

  finish(ev: EventRecord, atMs: number, fate: Exclude<Fate, 'in-flight'>, reason: ReasonCode): boolean {
    if (ev.fate !== 'in-flight') {
      this.violations.push(`${ev.id}: second fate ${fate} after ${ev.fate}`)
      return false
    }
    ev.fate = fate
    ev.reason = reason
    ev.endedAtMs = atMs
    return true
  }
}
