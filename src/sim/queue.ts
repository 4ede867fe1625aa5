/** Something the kernel calls back at a scheduled time. An object, not a closure, so the hot loop allocates less. */
export interface TimerHandler {
  onTimer(atMs: number, arg: unknown): void
}

/**
 * Binary min-heap of timers ordered by (atMs, seq). `seq` is the insertion counter, so ties run in the order they were
 * scheduled: the run is deterministic. Stored as parallel arrays (no object per timer) to keep the hot loop lean.
 */
export class EventQueue {
  private readonly at: number[] = []
  private readonly sq: number[] = []
  private readonly hs: TimerHandler[] = []
  private readonly args: unknown[] = []
  private seq = 0
  /** The entry last popped (valid until the next pop). */
  poppedAtMs = 0
  poppedHandler: TimerHandler | null = null
  poppedArg: unknown = null

  get size(): number {
    return this.at.length
  }

  peekMs(): number {
    return this.at.length === 0 ? Number.POSITIVE_INFINITY : this.at[0]!
  }

  push(atMs: number, handler: TimerHandler, arg: unknown): void {
    const at = this.at
    const sq = this.sq
    const hs = this.hs
    const args = this.args
    const seq = this.seq++
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

  /** Remove the earliest entry into `popped*`; false when empty. */
  pop(): boolean {
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
