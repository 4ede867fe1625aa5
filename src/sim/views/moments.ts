/** When things happen in a run: step targets for playback and the spans it must never skip as idle. Pure. */
import type { SimResult } from '../simulate.ts'
import type { TraceEvent } from '../trace.ts'
import { isLoss } from './classify.ts'

// The searches over these spans and moments live beside the binary searches (the first frame reads them without the
// engine).
export { isBusyAt, momentAfter, momentBefore } from '../../model/sorted.ts'

/** Sorted distinct times at which something changes: entries, token departures and arrivals, cold-start phases. */
export function momentsOf(result: Pick<SimResult, 'trace'>): number[] {
  const times: number[] = []
  for (const e of result.trace as readonly TraceEvent[]) {
    times.push(e.atMs)
    if (e.type === 'hop') times.push(e.departMs, e.arriveMs)
    if (e.type === 'invoke.start' && e.cold) {
      // cold-start phases change what a function shows: ENI attached (the engine's, §7.2), init done (§7.1)
      times.push(e.handlerStartMs)
      if (e.eniEndMs !== undefined) times.push(e.eniEndMs)
    }
  }
  times.sort((a, b) => a - b)
  return times.filter((t, i) => i === 0 || t !== times[i - 1])
}

/** When tokens fly or functions run: hops and invocations (start → end, or `endMs`), merged [start, end, …]. */
export function busySpansOf(result: Pick<SimResult, 'trace'>, endMs: number): number[] {
  const spans: [number, number][] = []
  const open = new Map<string, number>()
  for (const e of result.trace as readonly TraceEvent[]) {
    if (e.type === 'hop') spans.push([e.departMs, e.arriveMs])
    else if (e.type === 'invoke.start') open.set(`${e.eventId}/${e.attempt}/${e.envId}`, e.atMs)
    else if (e.type === 'invoke.end') {
      const key = `${e.eventId}/${e.attempt}/${e.envId}`
      spans.push([open.get(key) ?? e.atMs, e.atMs])
      open.delete(key)
    }
  }
  for (const start of open.values()) spans.push([start, endMs])
  spans.sort((a, b) => a[0] - b[0])
  const out: number[] = []
  for (const [s, e] of spans) {
    const last = out.length - 1
    if (last > 0 && s <= (out[last] as number)) out[last] = Math.max(out[last] as number, e)
    else out.push(s, e)
  }
  return out
}

/** Where and when an event was lost (the canvas lets it fall away from that node: nothing vanishes silently). */
export interface Loss {
  atMs: number
  nodeId: string
}

export function lossesOf(result: Pick<SimResult, 'trace'>): Loss[] {
  const out: Loss[] = []
  for (const e of result.trace as readonly TraceEvent[]) if (isLoss(e)) out.push({ atMs: e.atMs, nodeId: e.nodeId })
  return out
}
