import { ledgerNumber } from './ledger.ts'
import { REASON_REF, type ReasonCode } from './reasons.ts'
import type { TokenKind, TraceEvent } from './trace.ts'
import {
  ACCEPTED,
  BOXED,
  bodyWords,
  CREATED,
  END,
  END_HAS_ERROR,
  ENV,
  ENV_TYPES,
  FATE,
  FATES,
  fateCode,
  HOP,
  HOP_DEPART_LATER,
  REASON_INDEX,
  REASONS,
  REFUSED,
  RESULTS,
  resultCode,
  RETRY,
  START,
  START_COLD,
  START_CUSTOM_REQUEST,
  START_ENI,
  START_HANDLER_LATER,
  STATE,
  STATES,
  tokenCode,
  TOKENS,
} from './traceCodes.ts'
import type { Fate } from './trace.ts'
import { Interned } from './interned.ts'

/** Chunk sizes in 32-bit words: small first (tiny runs stay tiny), doubling up to 4 MB. */
const FIRST_WORDS = 1024
const MAX_WORDS = 1 << 20
/** The longest entry (header, time, place escape, five body words) fits in what a chunk keeps free. */
const ROOM = 12
/** Every 32nd entry's position is kept, so `get(seq)` walks at most 31 entries. */
const CP_SHIFT = 5
const CP_MASK = (1 << CP_SHIFT) - 1
/** The place field of the header (14 bits); this value means "the place id is in the next word". */
const PLACE_ESCAPE = 0x3fff

/**
 * The trace, as a log of 32-bit words, so a run of millions of entries allocates no object per entry and touches
 * little memory (an entry is 4–9 words, ≈ 21 B on average in an async run; first writes into fresh memory are most of
 * the engine's cost at that size). Entry = header word (kind 4 bits | flags 4 | reason 10 | place 14: the node or edge,
 * interned), time (unsigned offset from its chunk's base time), then the kind's fields (traceCodes.ts `bodyWords`).
 * Names are interned to small integers; event ids `e<N>` stored as N. A field equal to the entry's time, or absent,
 * costs no word (a flag says so). `get(seq)` / `toArray()` build the `TraceEvent` objects on demand. Entry i has
 * `seq` i. Rare or plugin-defined entries are stored boxed (`push`).
 */
export class TraceStore {
  length = 0
  /** The latest time a token lands (a settling run ends no earlier). */
  lastArriveMs = 0
  private readonly chunks: Int32Array[] = []
  /** Per chunk: the seq of its first entry, and the time its entries' offsets count from. */
  private readonly chunkSeq: number[] = []
  private readonly chunkAtMs: number[] = []
  private words = new Int32Array(0)
  private off = 0
  private baseAtMs = 0
  /** chunk × MAX_WORDS + offset of every 32nd entry. */
  private readonly checkpoints: number[] = []
  private readonly boxed = new Map<number, TraceEvent>()
  /** Request ids that are not `req-<eventId>`, by seq. */
  private readonly requestIds = new Map<number, string>()
  private readonly names = new Interned()
  private readonly places = new Interned()

  /** Start a new chunk at time `atMs`. */
  private grow(atMs: number): void {
    const last = this.words.length
    const size = last === 0 ? FIRST_WORDS : Math.min(last * 2, MAX_WORDS)
    this.words = new Int32Array(size)
    this.off = 0
    this.baseAtMs = atMs
    this.chunks.push(this.words)
    this.chunkSeq.push(this.length)
    this.chunkAtMs.push(atMs)
  }

  /** Write an entry's header and time; returns the offset of its first body word. */
  private open(kind: number, flags: number, atMs: number, reason: ReasonCode, place: string | null): number {
    const seq = this.length
    let dt = atMs - this.baseAtMs
    // Entries come in time order; a chunk's offsets are unsigned 32-bit (49 days). Anything else starts a chunk.
    if (this.off + ROOM > this.words.length || dt < 0 || dt > 0xffffffff) {
      this.grow(atMs)
      dt = 0
    }
    const w = this.words
    let o = this.off
    if ((seq & CP_MASK) === 0) this.checkpoints.push((this.chunks.length - 1) * MAX_WORDS + o)
    const p = place === null ? 0 : this.places.id(place)
    const head = kind | (flags << 4) | (this.reasonIndex(kind, reason) << 8)
    if (p < PLACE_ESCAPE) {
      w[o] = head | (p << 18)
      w[o + 1] = dt
      o += 2
    } else {
      w[o] = head | (PLACE_ESCAPE << 18)
      w[o + 1] = dt
      w[o + 2] = p
      o += 3
    }
    this.length = seq + 1
    return o
  }

  /** Each kind mostly repeats one reason in a run: one remembered per kind skips the Map. */
  private readonly lastReason: (ReasonCode | null)[] = new Array<ReasonCode | null>(16).fill(null)
  private readonly lastReasonIndex: number[] = new Array<number>(16).fill(0)
  private reasonIndex(kind: number, reason: ReasonCode): number {
    if (this.lastReason[kind] === reason) return this.lastReasonIndex[kind]!
    const r = REASON_INDEX.get(reason)!
    this.lastReason[kind] = reason
    this.lastReasonIndex[kind] = r
    return r
  }

  /**
   * Event ids without a pointer per entry: a ledger id `e<N>` is stored as N (rebuilt exactly on read), any other
   * id (a poller's batch id) as -(interned name + 2).
   */
  private eventCode(eventId: string): number {
    // An event's entries often come in a row (created + hop, end + fate): skip the parse then.
    if (eventId === this.lastEventId) return this.lastEventCode
    const n = ledgerNumber(eventId)
    const code = n >= 0 ? n : -(this.names.id(eventId) + 2)
    this.lastEventId = eventId
    this.lastEventCode = code
    return code
  }

  private lastEventId = '\u0000' // never a real id
  private lastEventCode = -1

  private eventIdOf(code: number): string {
    return code >= 0 ? `e${code}` : this.names.name(-code - 2)
  }

  /** Any entry as an object (plugins; rare kinds). Its `seq` is set to its index here. */
  push(ev: TraceEvent): void {
    const seq = this.length
    if (ev.seq !== seq) ev.seq = seq
    if (ev.type === 'hop' && ev.arriveMs > this.lastArriveMs) this.lastArriveMs = ev.arriveMs
    this.off = this.open(BOXED, 0, ev.atMs, ev.reason, null)
    this.boxed.set(seq, ev)
  }

  hop(
    atMs: number,
    reason: ReasonCode,
    eventId: string,
    edgeId: string,
    from: string,
    to: string,
    departMs: number,
    arriveMs: number,
    token: TokenKind,
  ): void {
    if (arriveMs > this.lastArriveMs) this.lastArriveMs = arriveMs
    const later = departMs !== atMs
    const o = this.open(HOP, tokenCode(token) | (later ? HOP_DEPART_LATER : 0), atMs, reason, edgeId)
    const w = this.words
    w[o] = this.eventCode(eventId)
    // Most hops repeat the last one's ends (one wire carries most traffic): skip the name lookups then.
    if (from !== this.hopFrom || to !== this.hopTo) {
      this.hopFrom = from
      this.hopTo = to
      this.hopFromId = this.names.id(from)
      this.hopToId = this.names.id(to)
    }
    w[o + 1] = this.hopFromId
    w[o + 2] = this.hopToId
    w[o + 3] = arriveMs - atMs
    if (later) w[o + 4] = departMs - atMs
    this.off = o + (later ? 5 : 4)
  }

  private hopFrom = '\u0000' // never a real name
  private hopTo = '\u0000'
  private hopFromId = -1
  private hopToId = -1

  created(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, origin: string): void {
    const o = this.open(CREATED, 0, atMs, reason, nodeId)
    this.words[o] = this.eventCode(eventId)
    this.words[o + 1] = this.names.id(origin)
    this.off = o + 2
  }

  accepted(atMs: number, eventId: string, nodeId: string): void {
    const o = this.open(ACCEPTED, 0, atMs, 'async.accepted', nodeId)
    this.words[o] = this.eventCode(eventId)
    this.off = o + 1
  }

  /** `eniEndMs` = atMs when no ENI was attached (stored as absent). */
  start(
    atMs: number,
    reason: ReasonCode,
    eventId: string,
    nodeId: string,
    attempt: number,
    envId: string,
    requestId: string,
    cold: boolean,
    handlerStartMs: number,
    eniEndMs = atMs,
  ): void {
    // Most request ids are `req-<eventId>` (push sources): rebuilt on read instead of kept.
    const custom = !(
      requestId.length === eventId.length + 4 &&
      requestId.startsWith('req-') &&
      requestId.endsWith(eventId)
    )
    const later = handlerStartMs !== atMs
    const seq = this.length
    const eni = eniEndMs !== atMs
    const flags =
      (cold ? START_COLD : 0) |
      (custom ? START_CUSTOM_REQUEST : 0) |
      (later ? START_HANDLER_LATER : 0) |
      (eni ? START_ENI : 0)
    const o = this.open(START, flags, atMs, reason, nodeId)
    const w = this.words
    w[o] = this.eventCode(eventId)
    w[o + 1] = attempt
    w[o + 2] = this.names.id(envId)
    let end = o + 3
    if (later) w[end++] = handlerStartMs - atMs
    if (eni) w[end++] = eniEndMs - atMs
    if (custom) this.requestIds.set(seq, requestId)
    this.off = end
  }

  end(
    atMs: number,
    reason: ReasonCode,
    eventId: string,
    nodeId: string,
    attempt: number,
    envId: string,
    result: 'success' | 'error' | 'timeout',
    errorType: string | null,
    errorMessage: string | null,
  ): void {
    const hasError = errorType !== null || errorMessage !== null
    const o = this.open(END, resultCode(result) | (hasError ? END_HAS_ERROR : 0), atMs, reason, nodeId)
    const w = this.words
    w[o] = this.eventCode(eventId)
    w[o + 1] = attempt
    w[o + 2] = this.names.id(envId)
    if (hasError) {
      w[o + 3] = this.names.idOrNull(errorType)
      w[o + 4] = this.names.idOrNull(errorMessage)
    }
    this.off = o + (hasError ? 5 : 3)
  }

  refused(
    atMs: number,
    reason: ReasonCode,
    eventId: string,
    nodeId: string,
    attempt: number,
    result: 'throttled' | 'rejected',
    statusCode: number,
    errorType: string,
    throttleReason: string | null,
  ): void {
    const o = this.open(REFUSED, result === 'rejected' ? 1 : 0, atMs, reason, nodeId)
    const w = this.words
    w[o] = this.eventCode(eventId)
    w[o + 1] = attempt
    w[o + 2] = statusCode
    w[o + 3] = this.names.id(errorType)
    w[o + 4] = this.names.idOrNull(throttleReason)
    this.off = o + 5
  }

  retry(
    atMs: number,
    reason: ReasonCode,
    eventId: string,
    nodeId: string,
    nextAttempt: number,
    nextAtMs: number,
  ): void {
    const o = this.open(RETRY, 0, atMs, reason, nodeId)
    const w = this.words
    w[o] = this.eventCode(eventId)
    w[o + 1] = nextAttempt
    w[o + 2] = nextAtMs - atMs
    this.off = o + 3
  }

  env(atMs: number, reason: ReasonCode, type: (typeof ENV_TYPES)[number], nodeId: string, envId: string): void {
    const o = this.open(ENV, ENV_TYPES.indexOf(type), atMs, reason, nodeId)
    this.words[o] = this.names.id(envId)
    this.off = o + 1
  }

  state(atMs: number, reason: ReasonCode, nodeId: string, state: (typeof STATES)[number]): void {
    this.off = this.open(STATE, STATES.indexOf(state), atMs, reason, nodeId)
  }

  fate(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, fate: Exclude<Fate, 'in-flight'>): void {
    const o = this.open(FATE, fateCode(fate), atMs, reason, nodeId)
    this.words[o] = this.eventCode(eventId)
    this.off = o + 1
  }

  /** Where entry `seq` is: sets `readChunk` and returns its offset there (walks from the nearest checkpoint). */
  private locate(seq: number): number {
    const cp = this.checkpoints[seq >> CP_SHIFT]!
    let c = Math.floor(cp / MAX_WORDS)
    let o = cp - c * MAX_WORDS
    for (let s = seq & ~CP_MASK; ; s++) {
      if (c + 1 < this.chunks.length && s === this.chunkSeq[c + 1]) {
        c++
        o = 0
      }
      if (s === seq) break
      o = next(this.chunks[c]!, o)
    }
    this.readChunk = c
    return o
  }

  private readChunk = 0

  atMsOf(seq: number): number {
    const o = this.locate(seq)
    return this.chunkAtMs[this.readChunk]! + (this.chunks[this.readChunk]![o + 1]! >>> 0)
  }

  /** Build entry `seq` as a TraceEvent object. */
  get(seq: number): TraceEvent {
    const o = this.locate(seq)
    return this.decode(this.readChunk, o, seq)
  }

  toArray(): TraceEvent[] {
    const out = new Array<TraceEvent>(this.length)
    let c = 0
    let o = 0
    for (let seq = 0; seq < this.length; seq++) {
      if (c + 1 < this.chunks.length && seq === this.chunkSeq[c + 1]) {
        c++
        o = 0
      }
      out[seq] = this.decode(c, o, seq)
      o = next(this.chunks[c]!, o)
    }
    return out
  }

  private decode(c: number, o: number, seq: number): TraceEvent {
    const w = this.chunks[c]!
    const h = w[o]!
    const kind = h & 15
    if (kind === BOXED) return this.boxed.get(seq)!
    const flags = (h >>> 4) & 15
    const reason = REASONS[(h >>> 8) & 0x3ff]!
    const ref = REASON_REF[reason]
    const atMs = this.chunkAtMs[c]! + (w[o + 1]! >>> 0)
    let p = h >>> 18
    let b = o + 2
    if (p === PLACE_ESCAPE) p = w[b++]!
    const place = this.places.name(p)
    const n = this.names
    const eventId = kind === ENV || kind === STATE ? '' : this.eventIdOf(w[b]!)
    switch (kind) {
      case HOP:
        return {
          seq,
          atMs,
          type: 'hop',
          reason,
          ref,
          eventId,
          edgeId: place,
          fromNodeId: n.name(w[b + 1]!),
          toNodeId: n.name(w[b + 2]!),
          departMs: flags & HOP_DEPART_LATER ? atMs + w[b + 4]! : atMs,
          arriveMs: atMs + w[b + 3]!,
          token: TOKENS[flags & 7]!,
        }
      case CREATED:
        return { seq, atMs, type: 'event.created', reason, ref, eventId, nodeId: place, origin: n.name(w[b + 1]!) }
      case ACCEPTED:
        return { seq, atMs, type: 'invoke.accepted', reason, ref, eventId, nodeId: place, statusCode: 202 }
      case START: {
        const later = (flags & START_HANDLER_LATER) !== 0
        const start: TraceEvent = {
          seq,
          atMs,
          type: 'invoke.start',
          reason,
          ref,
          eventId,
          nodeId: place,
          attempt: w[b + 1]!,
          envId: n.name(w[b + 2]!),
          requestId: flags & START_CUSTOM_REQUEST ? this.requestIds.get(seq)! : `req-${eventId}`,
          cold: (flags & START_COLD) !== 0,
          handlerStartMs: later ? atMs + w[b + 3]! : atMs,
        }
        if (flags & START_ENI) start.eniEndMs = atMs + w[b + (later ? 4 : 3)]!
        return start
      }
      case END: {
        const err = (flags & END_HAS_ERROR) !== 0
        return {
          seq,
          atMs,
          type: 'invoke.end',
          reason,
          ref,
          eventId,
          nodeId: place,
          attempt: w[b + 1]!,
          envId: n.name(w[b + 2]!),
          result: RESULTS[flags & 3] as 'success' | 'error' | 'timeout',
          errorType: err ? n.nameOrNull(w[b + 3]!) : null,
          errorMessage: err ? n.nameOrNull(w[b + 4]!) : null,
        }
      }
      case REFUSED:
        return {
          seq,
          atMs,
          type: 'invoke.refused',
          reason,
          ref,
          eventId,
          nodeId: place,
          attempt: w[b + 1]!,
          result: flags & 1 ? 'rejected' : 'throttled',
          statusCode: w[b + 2]!,
          errorType: n.name(w[b + 3]!),
          throttleReason: n.nameOrNull(w[b + 4]!),
        }
      case RETRY:
        return {
          seq,
          atMs,
          type: 'retry.scheduled',
          reason,
          ref,
          eventId,
          nodeId: place,
          nextAttempt: w[b + 1]!,
          nextAtMs: atMs + w[b + 2]!,
        }
      case ENV:
        return { seq, atMs, type: ENV_TYPES[flags & 3]!, reason, ref, nodeId: place, envId: n.name(w[b]!) }
      case STATE:
        return { seq, atMs, type: 'function.state', reason, ref, nodeId: place, state: STATES[flags & 3]! }
      default:
        return { seq, atMs, type: 'event.fate', reason, ref, eventId, nodeId: place, fate: FATES[flags & 7]! }
    }
  }
}

/** Offset of the entry after the one at `o`. */
function next(w: Int32Array, o: number): number {
  const h = w[o]!
  return o + (h >>> 18 === PLACE_ESCAPE ? 3 : 2) + bodyWords(h & 15, (h >>> 4) & 15)
}
