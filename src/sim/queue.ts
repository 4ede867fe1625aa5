/** Something the kernel calls back at a scheduled time. An object, not a closure, so the hot loop allocates less. */
export interface TimerHandler {
  onTimer(atMs: number, arg: unknown): void
}

/**
 * Timers scheduled at one fixed delay: they arrive in (atMs, seq) order, so a FIFO holds them sorted. A ring buffer
 * (power-of-two capacity, parallel arrays) that only grows.
 */
class Lane {
  readonly delayMs: number
  at: number[] = new Array<number>(16).fill(0)
  sq: number[] = new Array<number>(16).fill(0)
  hs: (TimerHandler | null)[] = new Array<TimerHandler | null>(16).fill(null)
  args: unknown[] = new Array<unknown>(16).fill(null)
  mask = 15
  head = 0
  length = 0
  constructor(delayMs: number) {
    this.delayMs = delayMs
  }

  tailAtMs(): number {
    return this.at[(this.head + this.length - 1) & this.mask]!
  }

  append(atMs: number, seq: number, handler: TimerHandler, arg: unknown): void {
    if (this.length === this.mask + 1) this.grow()
    const i = (this.head + this.length) & this.mask
    this.at[i] = atMs
    this.sq[i] = seq
    this.hs[i] = handler
    this.args[i] = arg
    this.length++
  }

  shift(): void {
    const h = this.head
    this.hs[h] = null // let the handler and argument go
    this.args[h] = null
    this.head = (h + 1) & this.mask
    this.length--
  }

  private grow(): void {
    const n = this.mask + 1
    const at = new Array<number>(2 * n).fill(0)
    const sq = new Array<number>(2 * n).fill(0)
    const hs = new Array<TimerHandler | null>(2 * n).fill(null)
    const args = new Array<unknown>(2 * n).fill(null)
    for (let k = 0; k < n; k++) {
      const i = (this.head + k) & this.mask
      at[k] = this.at[i]!
      sq[k] = this.sq[i]!
      hs[k] = this.hs[i]!
      args[k] = this.args[i]
    }
    this.at = at
    this.sq = sq
    this.hs = hs
    this.args = args
    this.mask = 2 * n - 1
    this.head = 0
  }
}

const MAX_LANES = 16

/**
 * Timers ordered by (atMs, seq). `seq` is the insertion counter, so ties run in the order they were scheduled: the run
 * is deterministic. Most timers are scheduled at a few fixed delays (hops, durations, the 1 min / 2 min retries), and
 * timers with the same delay arrive already sorted: each such delay gets a FIFO lane (O(1) push and pop). Anything
 * else — and any timer that would not land at a lane's tail — goes to a binary min-heap. Pop takes the smallest
 * (atMs, seq) among the heap top and the lane heads, so the order is exactly that of one heap. Stored as parallel
 * arrays (no object per timer) to keep the hot loop lean.
 */
export class EventQueue {
  private readonly at: number[] = []
  private readonly sq: number[] = []
  private readonly hs: TimerHandler[] = []
  private readonly args: unknown[] = []
  private readonly lanes: Lane[] = []
  private readonly laneByDelay = new Map<number, Lane>()
  private lastLane: Lane | null = null
  private seq = 0
  private count = 0
  /** The entry last popped (valid until the next pop). */
  poppedAtMs = 0
  poppedHandler: TimerHandler | null = null
  poppedArg: unknown = null

  get size(): number {
    return this.count
  }

  peekMs(): number {
    let best = this.at.length === 0 ? Number.POSITIVE_INFINITY : this.at[0]!
    for (const l of this.lanes) if (l.length > 0 && l.at[l.head]! < best) best = l.at[l.head]!
    return best
  }

  push(atMs: number, handler: TimerHandler, arg: unknown): void {
    const seq = this.seq++
    this.count++
    const delay = atMs - this.poppedAtMs
    let lane = this.lastLane
    if (lane === null || lane.delayMs !== delay) {
      lane = this.laneByDelay.get(delay) ?? null
      if (lane === null && this.lanes.length < MAX_LANES && Number.isInteger(delay) && delay >= 0) {
        lane = new Lane(delay)
        this.lanes.push(lane)
        this.laneByDelay.set(delay, lane)
      }
      if (lane !== null) this.lastLane = lane
    }
    if (lane !== null && (lane.length === 0 || lane.tailAtMs() <= atMs)) {
      lane.append(atMs, seq, handler, arg)
      return
    }
    this.heapPush(atMs, seq, handler, arg)
  }

  /** Remove the earliest entry into `popped*`; false when empty. */
  pop(): boolean {
    return this.popUntil(Number.POSITIVE_INFINITY)
  }

  /** Remove the earliest entry into `popped*` if it is due at or before `untilMs`; false otherwise. */
  popUntil(untilMs: number): boolean {
    let bestAt = Number.POSITIVE_INFINITY
    let bestSq = 0
    let best: Lane | null = null
    const at = this.at
    if (at.length > 0) {
      bestAt = at[0]!
      bestSq = this.sq[0]!
    }
    const lanes = this.lanes
    for (let j = 0; j < lanes.length; j++) {
      const l = lanes[j]!
      if (l.length === 0) continue
      const h = l.head
      const a = l.at[h]!
      if (a < bestAt || (a === bestAt && l.sq[h]! < bestSq)) {
        bestAt = a
        bestSq = l.sq[h]!
        best = l
      }
    }
    if (bestAt > untilMs || (best === null && at.length === 0)) return false
    this.count--
    if (best === null) return this.heapPop()
    const h = best.head
    this.poppedAtMs = bestAt
    this.poppedHandler = best.hs[h]!
    this.poppedArg = best.args[h]
    best.shift()
    return true
  }

  private heapPush(atMs: number, seq: number, handler: TimerHandler, arg: unknown): void {
    const at = this.at
    const sq = this.sq
    const hs = this.hs
    const args = this.args
    let i = at.length
    at.push(atMs)
    sq.push(seq)
    hs.push(handler)
    args.push(arg)
    while (i > 0) {
      const p = (i - 1) >> 1
      const pa = at[p]!
      if (pa < atMs || (pa === atMs && sq[p]! < seq)) break
      at[i] = pa
      sq[i] = sq[p]!
      hs[i] = hs[p]!
      args[i] = args[p]
      i = p
    }
    at[i] = atMs
    sq[i] = seq
    hs[i] = handler
    args[i] = arg
  }

  private heapPop(): boolean {
    const at = this.at
    const n0 = at.length
    if (n0 === 0) return false
    const sq = this.sq
    const hs = this.hs
    const args = this.args
    this.poppedAtMs = at[0]!
    this.poppedHandler = hs[0]!
    this.poppedArg = args[0]
    const lastAt = at.pop()!
    const lastSq = sq.pop()!
    const lastH = hs.pop()!
    const lastArg = args.pop()
    const n = n0 - 1
    if (n > 0) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= n) break
        const r = l + 1
        let c = l
        let ca = at[l]!
        let cs = sq[l]!
        if (r < n) {
          const ra = at[r]!
          const rs = sq[r]!
          if (ra < ca || (ra === ca && rs < cs)) {
            c = r
            ca = ra
            cs = rs
          }
        }
        if (lastAt < ca || (lastAt === ca && lastSq < cs)) break
        at[i] = ca
        sq[i] = cs
        hs[i] = hs[c]!
        args[i] = args[c]
        i = c
      }
      at[i] = lastAt
      sq[i] = lastSq
      hs[i] = lastH
      args[i] = lastArg
    }
    return true
  }
}
