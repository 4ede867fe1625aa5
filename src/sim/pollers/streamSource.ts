import type { ResolvedEdge, ResolvedNodeOf, ResolvedScenario } from '../../model/index.ts'
import type { FunctionHost } from '../functions/host.ts'
import type { IngestHandler, Kernel } from '../kernel.ts'
import type { LiveEvent } from '../ledger.ts'
import type { LoopBook } from '../push/loops.ts'
import { laneOf, shardIdOf, shardOf } from './hash.ts'
import type { Lane } from './lane.ts'
import { DYNAMODB_POLL_MS, KINESIS_POLL_MS } from './pollTiming.ts'
import { emitStep } from './steps.ts'
import type { StreamInfo } from './streamFailure.ts'
import { StreamPoller, type StreamMapping } from './streamPoller.ts'

interface Reader {
  poller: StreamPoller
  /** lanes[shard * pf + lane] */
  lanes: Lane[]
  pf: number
  /** AT_TIMESTAMP: records that arrived earlier are not read by this mapping (they stay until retention). */
  fromMs: number
}

/**
 * A Kinesis stream or DynamoDB stream (§3.1): records go to a shard by their partition key and get the shard's next
 * sequence number. Each event source mapping reads every record (a second mapping gets its own copy of the event, so
 * each has one fate); a stream nobody reads keeps its records until retention, then they expire.
 */
export class StreamSource implements IngestHandler {
  private readonly readers: Reader[] = []
  private readonly seqByShard: number[]
  private readonly holder: Reader
  private readonly shardCount: number
  private readonly k: Kernel
  private readonly node: ResolvedNodeOf<'kinesis'> | ResolvedNodeOf<'dynamoDbStream'>

  constructor(
    k: Kernel,
    fns: FunctionHost,
    node: ResolvedNodeOf<'kinesis'> | ResolvedNodeOf<'dynamoDbStream'>,
    loops: LoopBook | null = null,
  ) {
    this.k = k
    this.node = node
    const s = k.scenario
    const kind = node.type
    this.shardCount = node.config.shardCount
    this.seqByShard = new Array<number>(this.shardCount).fill(0)
    const info: StreamInfo = {
      nodeId: node.id,
      kind,
      streamArn:
        kind === 'kinesis'
          ? `arn:aws:kinesis:${s.region}:${node.accountId}:stream/${node.id}`
          : `arn:aws:dynamodb:${s.region}:${node.accountId}:table/${node.id}/stream/1970-01-01T00:00:00.000`,
    }
    const pollMs = kind === 'kinesis' ? KINESIS_POLL_MS : DYNAMODB_POLL_MS
    const retentionMs = node.config.retentionMs
    const poison = k.faults.on(node.id).filter((f) => f.kind === 'poisonRecord')
    const onFailures = s.edges.filter((e) => e.from === node.id && e.role === 'onFailure')
    const mappings = s.edges.filter((e) => e.from === node.id && e.role === 'eventSourceMapping' && e.esm !== null)
    for (const edge of mappings) {
      const esm = edge.esm!
      if (!esm.enabled) emitStep(k, 'esm.disabled', node.id, edge.id, null, null, null)
      const fn = fns.fn(edge.to)
      const dest = onFailures.find((e) => e.mapping === edge.id) ?? onFailures.find((e) => e.mapping === null) ?? null
      const m = esm.enabled
        ? { edge, esm, fn, onFailure: dest, iteratorAge: k.metrics.series(fn.node.id, 'IteratorAge', 'level') }
        : null
      // A fork (fork.ts): the next batch reads the new mapping settings and on-failure destination.
      if (m !== null) k.forkHooks?.push((forked) => reconfigureMapping(m, forked))
      this.readers.push(
        this.reader(
          new StreamPoller(k, fns, info, m, retentionMs, pollMs, poison, loops),
          esm.enabled ? esm.parallelizationFactor : 1,
          startMs(edge),
        ),
      )
    }
    if (mappings.length === 0) emitStep(k, 'esm.unpolled', node.id, null, null, null, null)
    this.holder = this.reader(new StreamPoller(k, fns, info, null, retentionMs, pollMs, poison), 1, 0)
  }

  private reader(poller: StreamPoller, pf: number, fromMs: number): Reader {
    const lanes: Lane[] = []
    for (let sh = 0; sh < this.shardCount; sh++)
      for (let l = 0; l < pf; l++) lanes.push(poller.lane(sh, shardIdOf(sh), l))
    return { poller, lanes, pf, fromMs }
  }

  onIngest(ev: LiveEvent, atMs: number): void {
    const key = ev.key ?? ev.id
    const shard = shardOf(key, this.shardCount)
    const seq = ++this.seqByShard[shard]!
    const readers = this.readers
    let placed = 0
    for (let r = 0; r < readers.length; r++) {
      const rd = readers[r]!
      let e = ev
      if (placed > 0) {
        e = this.k.ledger.create(ev.source, ev.id, atMs, ev.payload, ev.key, ev.index)
        this.k.trace.created(atMs, 'esm.fanout', e.id, this.node.id, ev.id)
      }
      placed++
      if (atMs < rd.fromMs) {
        emitStep(this.k, 'esm.skipped', this.node.id, null, shardIdOf(shard), [e.id], {
          startingPositionTimestampMs: rd.fromMs,
        })
        this.holder.poller.add(this.holder.lanes[shard]!, e, seq)
        continue
      }
      rd.poller.add(rd.lanes[shard * rd.pf + laneOf(key, this.shardCount, rd.pf)]!, e, seq)
    }
    if (placed === 0) this.holder.poller.add(this.holder.lanes[shard]!, ev, seq)
  }
}

/** §3.1 StartingPosition: mappings exist from t=0, so LATEST and TRIM_HORIZON read the same records here. */
function startMs(edge: ResolvedEdge): number {
  const esm = edge.esm!
  return esm.startingPosition === 'AT_TIMESTAMP' ? esm.startingPositionTimestampMs : 0
}

function reconfigureMapping(m: StreamMapping, forked: ResolvedScenario): void {
  const edge = forked.edgeById.get(m.edge.id)
  if (edge?.esm == null) return
  m.esm = edge.esm
  const onFailures = forked.edges.filter((e) => e.from === edge.from && e.role === 'onFailure')
  m.onFailure = onFailures.find((e) => e.mapping === edge.id) ?? onFailures.find((e) => e.mapping === null) ?? null
}
