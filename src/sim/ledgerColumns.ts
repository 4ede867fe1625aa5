/**
 * Storage for the ledger: rows in chunks that double in size and are never copied (chunk 0 holds rows [0, 256),
 * chunk c ≥ 1 holds [2^(c+7), 2^(c+8))); one buffer per chunk, every column a view on it. Times are unsigned 32-bit
 * ms (a run stops by 2^32 − 1 ms, see `MAX_SIM_MS`), which halves them against Float64: at a million events, fresh
 * memory written once is a large part of the engine's time.
 */
const FIRST_BITS = 8
export const chunkOf = (row: number): number => {
  const bits = 32 - Math.clz32(row)
  return bits <= FIRST_BITS ? 0 : bits - FIRST_BITS
}
export const chunkStart = (c: number): number => (c === 0 ? 0 : 1 << (c + FIRST_BITS - 1))
export const chunkSize = (c: number): number => (c === 0 ? 1 << FIRST_BITS : 1 << (c + FIRST_BITS - 1))

/** The latest time the engine can hold (≈ 49.7 days; a scenario runs at most 30). */
export const MAX_SIM_MS = 0xffffffff

/** `first.result` of an event with no attempt yet. */
export const NO_ATTEMPT = 0xff
/** `reason` of an event with no fate yet. */
export const NO_REASON = 0xffff

/** One chunk of event rows. An event's first attempt is in its row; later ones are `AttemptColumns` rows. */
export interface EventColumns {
  created: Uint32Array
  ended: Uint32Array
  source: Int32Array
  /** A parent ledger id as N ≥ 1, any other origin as -(interned name + 1). */
  origin: Int32Array
  key: Int32Array
  index: Int32Array
  /** Index in the ledger's payload list (payloads repeat: a traffic entry's, a parent's). */
  payload: Int32Array
  firstStart: Uint32Array
  firstEnd: Uint32Array
  /** The newest later attempt's row (they link back to older ones), -1: none. */
  laterAttempts: Int32Array
  /** Response status code; 0 = none. */
  status: Uint16Array
  reason: Uint16Array
  fate: Uint8Array
  firstResult: Uint8Array
}

export interface AttemptColumns {
  start: Uint32Array
  end: Uint32Array
  /** The previous attempt's row, -1 after the second attempt. */
  prev: Int32Array
  result: Uint8Array
}

/** A buffer of `n` rows carved into column views, widest first so every view is aligned. */
function carve(n: number, bytesPerRow: number) {
  const buf = new ArrayBuffer(n * bytesPerRow)
  let off = 0
  const take = <T>(make: new (b: ArrayBuffer, o: number, n: number) => T, bytes: number): T => {
    const v = new make(buf, off, n)
    off += n * bytes
    return v
  }
  return take
}

export function eventColumns(n: number): EventColumns {
  const take = carve(n, 4 * 10 + 2 * 2 + 2)
  return {
    created: take(Uint32Array, 4),
    ended: take(Uint32Array, 4),
    source: take(Int32Array, 4),
    origin: take(Int32Array, 4),
    key: take(Int32Array, 4),
    index: take(Int32Array, 4),
    payload: take(Int32Array, 4),
    firstStart: take(Uint32Array, 4),
    firstEnd: take(Uint32Array, 4),
    laterAttempts: take(Int32Array, 4),
    status: take(Uint16Array, 2),
    reason: take(Uint16Array, 2),
    fate: take(Uint8Array, 1),
    firstResult: take(Uint8Array, 1),
  }
}

export function attemptColumns(n: number): AttemptColumns {
  const take = carve(n, 4 * 3 + 1)
  return {
    start: take(Uint32Array, 4),
    end: take(Uint32Array, 4),
    prev: take(Int32Array, 4),
    result: take(Uint8Array, 1),
  }
}
