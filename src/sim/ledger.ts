import { REASON_REF, type ReasonCode } from './reasons.ts'
import type { AttemptResult, Fate } from './trace.ts'

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
  readonly id: string
  readonly source: string
  readonly origin: string
  readonly createdMs: number
  readonly payload: unknown
  readonly key: string | null
  readonly index: number
  constructor(n: number, source: string, origin: string, createdMs: number, payload: unknown, key: string | null, index: number) {
    this.n = n
    this.id = `e${n}`
    this.source = source
    this.origin = origin
    this.createdMs = createdMs
    this.payload = payload
    this.key = key
    this.index = index
  }
}

const FATES: readonly Fate[] = ['in-flight', 'succeeded', 'failed-to-caller', 'dead-lettered', 'sent-to-destination', 'discarded', 'expired', 'rejected']
const FATE_CODE = new Map<Fate, number>(FATES.map((f, i) => [f, i]))
const RESULTS: readonly AttemptResult[] = ['success', 'error', 'timeout', 'throttled', 'rejected']
const RESULT_CODE = new Map<AttemptResult, number>(RESULTS.map((r, i) => [r, i]))
const REASONS = Object.keys(REASON_REF) as ReasonCode[]
const REASON_CODE = new Map<ReasonCode, number>(REASONS.map((r, i) => [r, i]))
const NO_REASON = 0xffff
const FIRST_CAPACITY = 64

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

function grown<T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(a: T, make: new (n: number) => T): T {
  const b = new make(a.length * 2)
  b.set(a)
  return b
}

/**
 * The event ledger: creates events with stable ids (`e1`, `e2`… in creation order, which is deterministic) and records
 * attempts and exactly one fate each. A second fate is an engine bug: it is recorded in `violations`, never thrown.
 * Stored in columns (typed arrays, names interned; attempts as linked rows), so a run of a million events keeps no
 * object per event or attempt; `records()` builds the public `EventRecord`s when a result is read.
 */
export class Ledger {
  /** Events created so far (the next one is `e<length + 1>`). */
  length = 0
  readonly violations: string[] = []
  private cap = FIRST_CAPACITY
  private source = new Int32Array(FIRST_CAPACITY)
  /** A parent ledger id as N ≥ 1, any other origin as -(interned name + 1). */
  private origin = new Int32Array(FIRST_CAPACITY)
  private created = new Float64Array(FIRST_CAPACITY)
  private key = new Int32Array(FIRST_CAPACITY)
  private index = new Int32Array(FIRST_CAPACITY)
  private fate = new Uint8Array(FIRST_CAPACITY)
  private reason = new Uint16Array(FIRST_CAPACITY)
  private ended = new Float64Array(FIRST_CAPACITY)
  /** Response status code; 0 = none. */
  private status = new Int32Array(FIRST_CAPACITY)
  /** First and last attempt row of each event (-1: none). */
  private firstAttempt = new Int32Array(FIRST_CAPACITY)
  private lastAttempt = new Int32Array(FIRST_CAPACITY)
  private readonly payloads: unknown[] = []
  private attempts = 0
  private attemptCap = FIRST_CAPACITY
  private aStart = new Float64Array(FIRST_CAPACITY)
  private aEnd = new Float64Array(FIRST_CAPACITY)
  private aResult = new Uint8Array(FIRST_CAPACITY)
  private aNext = new Int32Array(FIRST_CAPACITY)
  private readonly delivered = new Map<number, string[]>()
  private readonly names: string[] = []
  private readonly nameIds = new Map<string, number>()
  private lastName = '\u0000' // never a real name
  private lastNameId = -1

  private intern(name: string): number {
    if (name === this.lastName) return this.lastNameId
    let n = this.nameIds.get(name)
    if (n === undefined) {
      n = this.names.length
      this.names.push(name)
      this.nameIds.set(name, n)
    }
    this.lastName = name
    this.lastNameId = n
    return n
  }

  private growEvents(): void {
    this.cap *= 2
    this.source = grown(this.source, Int32Array)
    this.origin = grown(this.origin, Int32Array)
    this.created = grown(this.created, Float64Array)
    this.key = grown(this.key, Int32Array)
    this.index = grown(this.index, Int32Array)
    this.fate = grown(this.fate, Uint8Array)
    this.reason = grown(this.reason, Uint16Array)
    this.ended = grown(this.ended, Float64Array)
    this.status = grown(this.status, Int32Array)
    this.firstAttempt = grown(this.firstAttempt, Int32Array)
    this.lastAttempt = grown(this.lastAttempt, Int32Array)
  }

  private growAttempts(): void {
    this.attemptCap *= 2
    this.aStart = grown(this.aStart, Float64Array)
    this.aEnd = grown(this.aEnd, Float64Array)
    this.aResult = grown(this.aResult, Uint8Array)
    this.aNext = grown(this.aNext, Int32Array)
  }

  create(source: string, origin: string, createdMs: number, payload: unknown, key: string | null = null, index = -1): LiveEvent {
    const i = this.length
    if (i === this.cap) this.growEvents()
    const n = i + 1
    this.length = n
    this.source[i] = this.intern(source)
    const parent = ledgerNumber(origin)
    this.origin[i] = parent > 0 ? parent : -(this.intern(origin) + 1)
    this.created[i] = createdMs
    this.key[i] = key === null ? -1 : this.intern(key)
    this.index[i] = index
    this.reason[i] = NO_REASON
    this.firstAttempt[i] = -1
    this.payloads.push(payload)
    return new LiveEvent(n, source, origin, createdMs, payload, key, index)
  }

  addAttempt(ev: LiveEvent, startMs: number, endMs: number, result: AttemptResult): void {
    const row = this.attempts
    if (row === this.attemptCap) this.growAttempts()
    this.attempts = row + 1
    this.aStart[row] = startMs
    this.aEnd[row] = endMs
    this.aResult[row] = RESULT_CODE.get(result)!
    this.aNext[row] = -1
    const i = ev.n - 1
    if (this.firstAttempt[i] === -1) this.firstAttempt[i] = row
    else this.aNext[this.lastAttempt[i]!] = row
    this.lastAttempt[i] = row
  }

  deliveredTo(ev: LiveEvent, nodeId: string): void {
    const list = this.delivered.get(ev.n)
    if (list === undefined) this.delivered.set(ev.n, [nodeId])
    else if (!list.includes(nodeId)) list.push(nodeId)
  }

  /** The status code the caller got (API Gateway, a direct Invoke's 202 or refusal). */
  setResponse(ev: LiveEvent, statusCode: number): void {
    this.status[ev.n - 1] = statusCode
  }

  finish(ev: LiveEvent, atMs: number, fate: Exclude<Fate, 'in-flight'>, reason: ReasonCode): boolean {
    const i = ev.n - 1
    const had = this.fate[i]!
    if (had !== 0) {
      this.violations.push(`${ev.id}: second fate ${fate} after ${FATES[had]}`)
      return false
    }
    this.fate[i] = FATE_CODE.get(fate)!
    this.reason[i] = REASON_CODE.get(reason)!
    this.ended[i] = atMs
    return true
  }

  /** Every event's lifecycle as public objects, in creation order. */
  records(): EventRecord[] {
    const out = new Array<EventRecord>(this.length)
    const names = this.names
    for (let i = 0; i < this.length; i++) {
      const attempts: Attempt[] = []
      for (let a = this.firstAttempt[i]!; a !== -1; a = this.aNext[a]!)
        attempts.push({ startMs: this.aStart[a]!, endMs: this.aEnd[a]!, result: RESULTS[this.aResult[a]!]! })
      const origin = this.origin[i]!
      const key = this.key[i]!
      const fate = this.fate[i]!
      const status = this.status[i]!
      out[i] = {
        id: `e${i + 1}`,
        source: names[this.source[i]!]!,
        origin: origin > 0 ? `e${origin}` : names[-origin - 1]!,
        createdMs: this.created[i]!,
        payload: this.payloads[i],
        key: key < 0 ? null : names[key]!,
        index: this.index[i]!,
        fate: FATES[fate]!,
        reason: fate === 0 ? null : REASONS[this.reason[i]!]!,
        attempts,
        endedAtMs: fate === 0 ? null : this.ended[i]!,
        deliveredTo: this.delivered.get(i + 1) ?? [],
        response: status === 0 ? null : { statusCode: status },
      }
    }
    return out
  }
}
