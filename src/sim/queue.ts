/** Something the kernel calls back at a scheduled time. An object, not a closure, so the hot loop allocates less. */
export interface TimerHandler {
  onTimer(atMs: number, arg: unknown): void
}

interface Entry {
  atMs: number
  seq: number
  handler: TimerHandler
  arg: unknown
}

/**
 * Binary min-heap of timers ordered by (atMs, seq). `seq` is the insertion counter, so ties run in the order they were
 * scheduled: the run is deterministic.
 */
export class EventQueue {
  private heap: Entry[] = []
  private seq = 0

  get size(): number {
    return this.heap.length
  }

  peekMs(): number {
    const top = this.heap[0]
    return top === undefined ? Number.POSITIVE_INFINITY : top.atMs
  }

  push(atMs: number, handler: TimerHandler, arg: unknown): void {
    const e: Entry = { atMs, seq: this.seq++, handler, arg }
    const h = this.heap
    let i = h.length
    h.push(e)
    while (i > 0) {
      const p = (i - 1) >> 1
      const pe = h[p]!
      if (pe.atMs < atMs || (pe.atMs === atMs && pe.seq < e.seq)) break
      h[i] = pe
      i = p
    }
    h[i] = e
  }

  /** Remove and return the earliest entry (undefined when empty). */
  pop(): Entry | undefined {
    const h = this.heap
    const top = h[0]
    if (top === undefined) return undefined
    const last = h.pop()!
    const n = h.length
    if (n > 0) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= n) break
        const r = l + 1
        let c = l
        let ce = h[l]!
        if (r < n) {
          const re = h[r]!
          if (re.atMs < ce.atMs || (re.atMs === ce.atMs && re.seq < ce.seq)) {
            c = r
            ce = re
          }
        }
        if (last.atMs < ce.atMs || (last.atMs === ce.atMs && last.seq < ce.seq)) break
        h[i] = ce
        i = c
      }
      h[i] = last
    }
    return top
  }
}
