import { ledgerNumber } from './ledger.ts'
import { REASON_REF, type ReasonCode } from './reasons.ts'
import type { AttemptResult, Fate, TokenKind, TraceEvent } from './trace.ts'

const BOXED = 0
const HOP = 1
const CREATED = 2
const ACCEPTED = 3
const START = 4
const END = 5
const REFUSED = 6
const RETRY = 7
const ENV = 8
const STATE = 9
const FATE = 10

const FIRST_CHUNK = 256
/** at 8 + n0,n1,i0,i2..i5,ev 4 each + reason 2 + kind, i1 1 each. */
const BYTES_PER_ENTRY = 8 + 8 * 4 + 2 + 1 + 1
const MAX_CHUNK = 65_536

interface Chunk {
  kind: Uint8Array
  reason: Uint16Array
  at: Float64Array
  n0: Int32Array
  n1: Int32Array
  i0: Int32Array
  i1: Uint8Array
  i2: Int32Array
  i3: Int32Array
  i4: Int32Array
  i5: Int32Array
  /** The entry's event id, encoded (see `eventCode`). */
  ev: Int32Array
}

const TOKENS: readonly TokenKind[] = ['event', 'response', 'message', 'batch', 'record', 'call']
const RESULTS: readonly AttemptResult[] = ['success', 'error', 'timeout', 'throttled', 'rejected']
const ENV_TYPES = ['env.created', 'env.ready', 'env.reclaimed', 'env.reset'] as const
const STATES = ['Pending', 'Active', 'Inactive'] as const
const FATES: readonly Exclude<Fate, 'in-flight'>[] = ['succeeded', 'failed-to-caller', 'dead-lettered', 'sent-to-destination', 'discarded', 'expired', 'rejected']
const REASONS = Object.keys(REASON_REF) as ReasonCode[]
const REASON_INDEX = new Map<ReasonCode, number>(REASONS.map((r, i) => [r, i]))

export const tokenCode = (t: TokenKind) => TOKENS.indexOf(t)
export const resultCode = (r: AttemptResult) => RESULTS.indexOf(r)
export const fateCode = (f: Exclude<Fate, 'in-flight'>) => FATES.indexOf(f)

/**
 * The trace, stored in columns so a run of millions of entries allocates no object per entry: numbers in typed
 * arrays, names (node, edge, env ids, error types…) interned to small integers, event ids as numbers (`eventCode`).
 * `get(i)` / `toArray()` build the `TraceEvent` objects on demand. Entry i has `seq` i. Rare or plugin-defined
 * entries are stored boxed (`push`).
 */
export class TraceStore {
  length = 0
  /** Columns of the current chunk (CHUNK entries); full chunks move to `chunks` (no copying as the trace grows). */
  private base = 0
  private size = 0
  private readonly starts: number[] = []
  private kind: Uint8Array = new Uint8Array(0)
  private reason: Uint16Array = new Uint16Array(0)
  private at: Float64Array = new Float64Array(0)
  /** n0/n1: times as offsets from `at` (or a status code), to halve their size. */
  private n0: Int32Array = new Int32Array(0)
  private n1: Int32Array = new Int32Array(0)
  private i0: Int32Array = new Int32Array(0)
  private i1: Uint8Array = new Uint8Array(0)
  private i2: Int32Array = new Int32Array(0)
  private i3: Int32Array = new Int32Array(0)
  private i4: Int32Array = new Int32Array(0)
  private i5: Int32Array = new Int32Array(0)
  private readonly chunks: Chunk[] = []
  private ev: Int32Array = new Int32Array(0)
  /** Request ids of `invoke.start` entries that are not `req-<eventId>` (i4 indexes here; -1 = `req-<eventId>`). */
  private readonly requestIds: string[] = []
  private readonly boxed = new Map<number, TraceEvent>()
  private readonly nameIds = new Map<string, number>()
  private readonly names: string[] = []

  /** Start a new chunk. */
  private grow(): void {
    this.base += this.size
    // Chunks start small (tiny runs stay tiny) and double up to MAX_CHUNK.
    const CHUNK = this.size === 0 ? FIRST_CHUNK : Math.min(this.size * 2, MAX_CHUNK)
    this.size = CHUNK
    this.starts.push(this.base)
    // One allocation per chunk: every column is a view on the same buffer (widest columns first, so all aligned).
    const buf = new ArrayBuffer(CHUNK * BYTES_PER_ENTRY)
    let off = 0
    const view = <T>(make: new (b: ArrayBuffer, o: number, n: number) => T, bytes: number): T => {
      const v = new make(buf, off, CHUNK)
      off += CHUNK * bytes
      return v
    }
    const c: Chunk = {
      at: view(Float64Array, 8),
      n0: view(Int32Array, 4),
      n1: view(Int32Array, 4),
      i0: view(Int32Array, 4),
      i2: view(Int32Array, 4),
      i3: view(Int32Array, 4),
      i4: view(Int32Array, 4),
      i5: view(Int32Array, 4),
      ev: view(Int32Array, 4),
      reason: view(Uint16Array, 2),
      kind: view(Uint8Array, 1),
      i1: view(Uint8Array, 1),
    }
    this.chunks.push(c)
    this.kind = c.kind
    this.reason = c.reason
    this.at = c.at
    this.n0 = c.n0
    this.n1 = c.n1
    this.i0 = c.i0
    this.i1 = c.i1
    this.i2 = c.i2
    this.i3 = c.i3
    this.i4 = c.i4
    this.i5 = c.i5
    this.ev = c.ev
  }

  /** The last two names interned (most entries repeat a node, edge or env id just seen): skips the Map. */
  private lastName0 = '\u0000' // never a real name
  private lastId0 = -1
  private lastName1 = '\u0000'
  private lastId1 = -1

  /** Intern a name (-1 for null). */
  private id(name: string | null): number {
    if (name === null) return -1
    if (name === this.lastName0) return this.lastId0
    if (name === this.lastName1) {
      const n = this.lastId1
      this.lastName1 = this.lastName0
      this.lastId1 = this.lastId0
      this.lastName0 = name
      this.lastId0 = n
      return n
    }
    let n = this.nameIds.get(name)
    if (n === undefined) {
      n = this.names.length
      this.names.push(name)
      this.nameIds.set(name, n)
    }
    this.lastName1 = this.lastName0
    this.lastId1 = this.lastId0
    this.lastName0 = name
    this.lastId0 = n
    return n
  }

  private name(n: number): string | null {
    return n < 0 ? null : this.names[n]!
  }

  /**
   * Event ids without a pointer per entry: a ledger id `e<N>` is stored as N (rebuilt exactly on read), any other
   * id (a poller's batch id) as -(interned name + 2), none as -1.
   */
  private eventCode(eventId: string | null): number {
    if (eventId === null) return -1
    // An event's entries often come in a row (created + hop, end + fate): skip the parse then.
    if (eventId === this.lastEventId) return this.lastEventCode
    const n = ledgerNumber(eventId)
    const code = n >= 0 ? n : -(this.id(eventId) + 2)
    this.lastEventId = eventId
    this.lastEventCode = code
    return code
  }

  private lastEventId = '\u0000'
  private lastEventCode = -1

  private eventIdOf(code: number): string | null {
    if (code >= 0) return `e${code}`
    return code === -1 ? null : this.names[-code - 2]!
  }

  /** Start an entry; returns its index. */
  private open(kind: number, atMs: number, reason: ReasonCode, eventId: string | null, nodeOrEdge: string | null): number {
    const seq = this.length
    if (seq - this.base === this.size) this.grow()
    const i = seq - this.base
    this.kind[i] = kind
    this.reason[i] = REASON_INDEX.get(reason)!
    this.at[i] = atMs
    this.i2[i] = this.id(nodeOrEdge)
    this.ev[i] = this.eventCode(eventId)
    this.length = seq + 1
    return i
  }

  /** Any entry as an object (plugins; rare kinds). Its `seq` is set to its index here. */
  push(ev: TraceEvent): void {
    const seq = this.length
    if (ev.seq !== seq) ev.seq = seq
    this.open(BOXED, ev.atMs, ev.reason, null, null)
    this.boxed.set(seq, ev)
  }

  hop(atMs: number, reason: ReasonCode, eventId: string, edgeId: string, from: string, to: string, departMs: number, arriveMs: number, token: TokenKind): void {
    const i = this.open(HOP, atMs, reason, eventId, edgeId)
    this.i3[i] = this.id(from)
    this.i4[i] = this.id(to)
    this.n0[i] = departMs - atMs
    this.n1[i] = arriveMs - atMs
    this.i1[i] = tokenCode(token)
  }

  created(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, origin: string): void {
    const i = this.open(CREATED, atMs, reason, eventId, nodeId)
    this.i3[i] = this.id(origin)
  }

  accepted(atMs: number, eventId: string, nodeId: string): void {
    this.open(ACCEPTED, atMs, 'async.accepted', eventId, nodeId)
  }

  start(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, attempt: number, envId: string, requestId: string, cold: boolean, handlerStartMs: number): void {
    const i = this.open(START, atMs, reason, eventId, nodeId)
    this.i0[i] = attempt
    this.i1[i] = cold ? 1 : 0
    this.i3[i] = this.id(envId)
    // Most request ids are `req-<eventId>` (push sources): rebuilt on read instead of kept per entry.
    if (requestId.length === eventId.length + 4 && requestId.startsWith('req-') && requestId.endsWith(eventId)) this.i4[i] = -1
    else {
      this.i4[i] = this.requestIds.length
      this.requestIds.push(requestId)
    }
    this.n0[i] = handlerStartMs - atMs
  }

  end(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, attempt: number, envId: string, result: 'success' | 'error' | 'timeout', errorType: string | null, errorMessage: string | null): void {
    const i = this.open(END, atMs, reason, eventId, nodeId)
    this.i0[i] = attempt
    this.i1[i] = resultCode(result)
    this.i3[i] = this.id(envId)
    this.i4[i] = this.id(errorType)
    this.i5[i] = this.id(errorMessage)
  }

  refused(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, attempt: number, result: 'throttled' | 'rejected', statusCode: number, errorType: string, throttleReason: string | null): void {
    const i = this.open(REFUSED, atMs, reason, eventId, nodeId)
    this.i0[i] = attempt
    this.i1[i] = resultCode(result)
    this.n0[i] = statusCode
    this.i3[i] = this.id(errorType)
    this.i4[i] = this.id(throttleReason)
  }

  retry(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, nextAttempt: number, nextAtMs: number): void {
    const i = this.open(RETRY, atMs, reason, eventId, nodeId)
    this.i0[i] = nextAttempt
    this.n0[i] = nextAtMs - atMs
  }

  env(atMs: number, reason: ReasonCode, type: (typeof ENV_TYPES)[number], nodeId: string, envId: string): void {
    const i = this.open(ENV, atMs, reason, null, nodeId)
    this.i1[i] = ENV_TYPES.indexOf(type)
    this.i3[i] = this.id(envId)
  }

  state(atMs: number, reason: ReasonCode, nodeId: string, state: (typeof STATES)[number]): void {
    const i = this.open(STATE, atMs, reason, null, nodeId)
    this.i1[i] = STATES.indexOf(state)
  }

  fate(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, fate: Exclude<Fate, 'in-flight'>): void {
    const i = this.open(FATE, atMs, reason, eventId, nodeId)
    this.i1[i] = fateCode(fate)
  }

  atMsOf(seq: number): number {
    const k = this.chunkOf(seq)
    return this.chunks[k]!.at[seq - this.starts[k]!]!
  }

  /** Index of the chunk holding entry `seq` (binary search over chunk starts). */
  private chunkOf(seq: number): number {
    const st = this.starts
    let lo = 0
    let hi = st.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (st[mid]! <= seq) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Build entry i as a TraceEvent object. */
  get(seq: number): TraceEvent {
    const k = this.chunkOf(seq)
    const c = this.chunks[k]!
    const i = seq - this.starts[k]!
    const kind = c.kind[i]!
    if (kind === BOXED) return this.boxed.get(seq)!
    const atMs = c.at[i]!
    const reason = REASONS[c.reason[i]!]!
    const ref = REASON_REF[reason]
    const eventId = this.eventIdOf(c.ev[i]!)!
    const a = this.name(c.i2[i]!)!
    const n3 = this.name(c.i3[i]!)
    switch (kind) {
      case HOP:
        return { seq, atMs, type: 'hop', reason, ref, eventId, edgeId: a, fromNodeId: n3!, toNodeId: this.name(c.i4[i]!)!, departMs: atMs + c.n0[i]!, arriveMs: atMs + c.n1[i]!, token: TOKENS[c.i1[i]!]! }
      case CREATED:
        return { seq, atMs, type: 'event.created', reason, ref, eventId, nodeId: a, origin: n3! }
      case ACCEPTED:
        return { seq, atMs, type: 'invoke.accepted', reason, ref, eventId, nodeId: a, statusCode: 202 }
      case START:
        return { seq, atMs, type: 'invoke.start', reason, ref, eventId, nodeId: a, attempt: c.i0[i]!, envId: n3!, requestId: c.i4[i]! < 0 ? `req-${eventId}` : this.requestIds[c.i4[i]!]!, cold: c.i1[i] === 1, handlerStartMs: atMs + c.n0[i]! }
      case END:
        return { seq, atMs, type: 'invoke.end', reason, ref, eventId, nodeId: a, attempt: c.i0[i]!, envId: n3!, result: RESULTS[c.i1[i]!] as 'success' | 'error' | 'timeout', errorType: this.name(c.i4[i]!), errorMessage: this.name(c.i5[i]!) }
      case REFUSED:
        return { seq, atMs, type: 'invoke.refused', reason, ref, eventId, nodeId: a, attempt: c.i0[i]!, result: RESULTS[c.i1[i]!] as 'throttled' | 'rejected', statusCode: c.n0[i]!, errorType: n3!, throttleReason: this.name(c.i4[i]!) }
      case RETRY:
        return { seq, atMs, type: 'retry.scheduled', reason, ref, eventId, nodeId: a, nextAttempt: c.i0[i]!, nextAtMs: atMs + c.n0[i]! }
      case ENV:
        return { seq, atMs, type: ENV_TYPES[c.i1[i]!]!, reason, ref, nodeId: a, envId: n3! }
      case STATE:
        return { seq, atMs, type: 'function.state', reason, ref, nodeId: a, state: STATES[c.i1[i]!]! }
      default:
        return { seq, atMs, type: 'event.fate', reason, ref, eventId, nodeId: a, fate: FATES[c.i1[i]!]! }
    }
  }

  toArray(): TraceEvent[] {
    const out = new Array<TraceEvent>(this.length)
    for (let i = 0; i < this.length; i++) out[i] = this.get(i)
    return out
  }
}
