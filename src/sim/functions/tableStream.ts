/**
 * §7.5 write-behind, §3.1: a function that writes to a DynamoDB table whose stream is enabled (a `stream` edge from
 * the table) produces one stream record per successful write; the record enters the stream like traffic does, so a
 * mapping on the stream replays it (e.g. into RDS) while the caller already has its answer.
 */
import type { ResolvedEdge } from '../../model/index.ts'
import type { Kernel } from '../kernel.ts'
import type { TimerHandler } from '../queue.ts'
import { ACCESS_HOP_MS } from '../timing.ts'

interface Write {
  originId: string
  streamId: string
  tableId: string
  payload: unknown
  key: string | null
}

export class TableStreamWrites implements TimerHandler {
  private readonly k: Kernel
  constructor(k: Kernel) {
    this.k = k
  }

  /** The streams each table feeds (empty when no table has its stream enabled: nothing to do). */
  static streamsOf(edges: readonly ResolvedEdge[]): Map<string, string[]> {
    const out = new Map<string, string[]>()
    for (const e of edges) if (e.role === 'stream') out.set(e.from, [...(out.get(e.from) ?? []), e.to])
    return out
  }

  /** A successful invocation wrote through `access` to `tableId`: the record lands in each stream after the call. */
  write(
    atMs: number,
    originId: string,
    tableId: string,
    streams: readonly string[],
    payload: unknown,
    key: string | null,
  ): void {
    for (const streamId of streams)
      this.k.schedule(atMs + ACCESS_HOP_MS, this, { originId, streamId, tableId, payload, key } satisfies Write)
  }

  onTimer(atMs: number, arg: unknown): void {
    const w = arg as Write
    const k = this.k
    const ev = k.ledger.create(w.streamId, w.originId, atMs, w.payload, w.key)
    k.trace.created(atMs, 'table.streamRecord', ev.id, w.streamId, w.originId)
    k.ingestFor(w.streamId)?.onIngest(ev, atMs)
  }
}
