/**
 * Where the tokens of the last drawn frame are (flow coordinates), so a click on one can select its event. Filled by
 * drawTokens, flat arrays reused frame after frame (no per-token objects at 60 fps).
 */
export class TokenHits {
  private xs: number[] = []
  private ys: number[] = []
  private rs: number[] = []
  private ids: string[] = []
  private n = 0

  clear(): void {
    this.n = 0
  }

  add(x: number, y: number, radius: number, eventId: string): void {
    const i = this.n++
    this.xs[i] = x
    this.ys[i] = y
    this.rs[i] = radius
    this.ids[i] = eventId
  }

  get size(): number {
    return this.n
  }

  /** The event of the token under (x, y), or within `slop` of its edge; the closest centre wins (overlaps). */
  eventAt(x: number, y: number, slop: number): string | null {
    let best: string | null = null
    let bestD = Infinity
    for (let i = 0; i < this.n; i++) {
      const dx = (this.xs[i] as number) - x
      const dy = (this.ys[i] as number) - y
      const d = Math.hypot(dx, dy)
      if (d <= (this.rs[i] as number) + slop && d < bestD) {
        bestD = d
        best = this.ids[i] as string
      }
    }
    return best
  }
}
