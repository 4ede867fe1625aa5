import type { ReasonCode } from './reasons.ts'
import { Interned } from './interned.ts'
import { REASON_INDEX, REASONS, RESULTS, resultCode } from './traceCodes.ts'
import type { AttemptResult, Fate } from './trace.ts'
import {
  attemptColumns,
  type AttemptColumns,
  chunkOf,
  chunkSize,
  chunkStart,
  eventColumns,
  type EventColumns,
  NO_ATTEMPT,
  NO_REASON,
} from './ledgerColumns.ts'

export interface Attempt {
  startMs: number
  endMs: number
  result: AttemptResult
}

/** One event's lifecycle (what `--format json` prints). Built by the ledger when a result is read. */
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

/**
 * An event while the engine moves it: its identity only (read-only). What happens to it — attempts, fate, response,
 * deliveries — is written through the ledger (`addAttempt`, `finish`, `setResponse`, `deliveredTo`), which keeps it in
 * columns; so an event that has finished leaves no object behind (the handle dies young, which the GC likes).
 */
export class LiveEvent {
  /** Ledger number: `id` is `e<n>`. */
  readonly n: number
  /** Where its lifecycle lives in the ledger (set by the ledger). */
  readonly cols: EventColumns
  readonly at: number
  readonly id: string
  readonly source: string
  readonly origin: string
  readonly createdMs: number
  readonly payload: unknown
  readonly key: string | null
  readonly index: number
  constructor(
    n: number,
    cols: EventColumns,
    at: number,
    source: string,
    origin: string,
    createdMs: number,
    payload: unknown,
    key: string | null,
    index: number,
  ) {
    this.n = n
    this.cols = cols
    this.at = at
    this.id = `e${n}`
    this.source = source
    this.origin = origin
    this.createdMs = createdMs
    this.payload = payload
    this.key = key
    this.index = index
  }
}

const FATES: readonly Fate[] = [
  'in-flight',
  'succeeded',
  'failed-to-caller',
  'dead-lettered',
  'sent-to-destination',
  'discarded',
  'expired',
  'rejected',
]

/** A ledger id `e<N>` in canonical form (no leading zero, fits Int32) → N; otherwise -1. */
export function ledgerNumber(id: string): number {
  const len = id.length
  if (len < 2 || len > 10 || id.charCodeAt(0) !== 101 /* e */) return -1
  let n = 0
  for (let j = 1; j < len; j++) {
    const d = id.charCodeAt(j) - 48
    if (d < 0 || d > 9 || (d === 0 && j === 1 && len > 2)) return -1
    n = n * 10 + d
  }
  return n <= 0x7fffffff ? n : -1
}

/**
 * The event ledger: creates events with stable ids (`e1`, `e2`… in creation order, which is deterministic) and records
 * attempts and exactly one fate each. A second fate is an engine bug: it is recorded in `violations`, never thrown.
 * Stored in chunked columns (ledgerColumns.ts: typed arrays, names and payloads interned, an event's first attempt in
 * its own row and later ones as linked rows), so a run of a million events keeps no object per event or attempt;
 * `records()` builds the public `EventRecord`s when a result is read.
 */
export class Ledger {
  /** Events created so far (the next one is `e<length + 1>`). */
  length = 0
  /** Events given a fate so far. */
  finished = 0
  readonly violations: string[] = []
  private readonly evChunks: EventColumns[] = []
  /** The chunk new events go to, and its first row. */
  private cur: EventColumns = eventColumns(0)
  private curStart = 0
  private curEnd = 0
  private readonly payloads: unknown[] = []
  private lastPayload: unknown = NO_PAYLOAD
  private lastPayloadId = -1
  private attempts = 0
  private readonly attChunks: AttemptColumns[] = []
  private aCur: AttemptColumns = attemptColumns(0)
  private aStart0 = 0
  private aEnd0 = 0
  private readonly delivered = new Map<number, string[]>()
  private readonly names = new Interned()
  /** Origins repeat (a traffic entry's events): the last one remembered skips parsing it as a parent id. */
  private lastOrigin = '\u0000'
  private lastOriginId = -1

  create(
    source: string,
    origin: string,
    createdMs: number,
    payload: unknown,
    key: string | null = null,
    index = -1,
  ): LiveEvent {
    const row = this.length
    if (row === this.curEnd) {
      const c = this.evChunks.length
      this.cur = eventColumns(chunkSize(c))
      this.evChunks.push(this.cur)
      this.curStart = row
      this.curEnd = row + chunkSize(c)
    }
    const cols = this.cur
    const i = row - this.curStart
    const n = row + 1
    this.length = n
    cols.source[i] = this.names.id(source)
    if (origin !== this.lastOrigin) {
      const parent = ledgerNumber(origin)
      this.lastOrigin = origin
      this.lastOriginId = parent > 0 ? parent : -(this.names.id(origin) + 1)
    }
    cols.origin[i] = this.lastOriginId
    cols.created[i] = createdMs
    cols.key[i] = key === null ? -1 : this.names.id(key)
    cols.index[i] = index
    if (payload !== this.lastPayload) {
      this.lastPayload = payload
      this.lastPayloadId = this.payloads.length
      this.payloads.push(payload)
    }
    cols.payload[i] = this.lastPayloadId
    cols.reason[i] = NO_REASON
    cols.firstResult[i] = NO_ATTEMPT
    cols.laterAttempts[i] = -1
    return new LiveEvent(n, cols, i, source, origin, createdMs, payload, key, index)
  }

  addAttempt(ev: LiveEvent, startMs: number, endMs: number, result: AttemptResult): void {
    const cols = ev.cols
    const i = ev.at
    if (cols.firstResult[i] === NO_ATTEMPT) {
      cols.firstStart[i] = startMs
      cols.firstEnd[i] = endMs
      cols.firstResult[i] = resultCode(result)
      return
    }
    const row = this.attempts
    if (row === this.aEnd0) {
      const c = this.attChunks.length
      this.aCur = attemptColumns(chunkSize(c))
      this.attChunks.push(this.aCur)
      this.aStart0 = row
      this.aEnd0 = row + chunkSize(c)
    }
    const a = this.aCur
    const j = row - this.aStart0
    this.attempts = row + 1
    a.start[j] = startMs
    a.end[j] = endMs
    a.result[j] = resultCode(result)
    a.prev[j] = cols.laterAttempts[i]!
    cols.laterAttempts[i] = row
  }

  deliveredTo(ev: LiveEvent, nodeId: string): void {
    const list = this.delivered.get(ev.n)
    if (list === undefined) this.delivered.set(ev.n, [nodeId])
    else if (!list.includes(nodeId)) list.push(nodeId)
  }

  /** The status code the caller got (API Gateway, a direct Invoke's 202 or refusal). */
  setResponse(ev: LiveEvent, statusCode: number): void {
    ev.cols.status[ev.at] = statusCode
  }

  finish(ev: LiveEvent, atMs: number, fate: Exclude<Fate, 'in-flight'>, reason: ReasonCode): boolean {
    const cols = ev.cols
    const i = ev.at
    const had = cols.fate[i]!
    if (had !== 0) {
      this.violations.push(`${ev.id}: second fate ${fate} after ${FATES[had]}`)
      return false
    }
    cols.fate[i] = FATES.indexOf(fate)
    cols.reason[i] = REASON_INDEX.get(reason)!
    cols.ended[i] = atMs
    this.finished++
    return true
  }

  /** Events without a fate yet. */
  get open(): number {
    return this.length - this.finished
  }

  /** An event's attempts, oldest first. */
  private attemptsOf(cols: EventColumns, i: number): Attempt[] {
    if (cols.firstResult[i] === NO_ATTEMPT) return []
    const later: Attempt[] = []
    for (let a = cols.laterAttempts[i]!; a !== -1;) {
      const ac = chunkOf(a)
      const at = this.attChunks[ac]!
      const j = a - chunkStart(ac)
      later.push({ startMs: at.start[j]!, endMs: at.end[j]!, result: RESULTS[at.result[j]!]! })
      a = at.prev[j]!
    }
    later.push({ startMs: cols.firstStart[i]!, endMs: cols.firstEnd[i]!, result: RESULTS[cols.firstResult[i]!]! })
    return later.reverse()
  }

  /** Every event's lifecycle as public objects, in creation order. */
  records(): EventRecord[] {
    const out = new Array<EventRecord>(this.length)
    for (let row = 0; row < this.length; row++) {
      const c = chunkOf(row)
      const cols = this.evChunks[c]!
      const i = row - chunkStart(c)
      const origin = cols.origin[i]!
      const key = cols.key[i]!
      const fate = cols.fate[i]!
      const status = cols.status[i]!
      out[row] = {
        id: `e${row + 1}`,
        source: this.names.name(cols.source[i]!),
        origin: origin > 0 ? `e${origin}` : this.names.name(-origin - 1),
        createdMs: cols.created[i]!,
        payload: this.payloads[cols.payload[i]!],
        key: this.names.nameOrNull(key),
        index: cols.index[i]!,
        fate: FATES[fate]!,
        reason: fate === 0 ? null : REASONS[cols.reason[i]!]!,
        attempts: this.attemptsOf(cols, i),
        endedAtMs: fate === 0 ? null : cols.ended[i]!,
        deliveredTo: this.delivered.get(row + 1) ?? [],
        response: status === 0 ? null : { statusCode: status },
      }
    }
    return out
  }
}

/** Never a payload (a fresh object): the first event's payload always misses the one-entry cache. */
const NO_PAYLOAD: unknown = Object.freeze({})
