/**
 * Timed inputs added while playing (faults injected from the canvas, events sent by hand). They live beside the
 * document, not in it: the run is a pure function of (document, seed, these inputs), and undo history stays clean.
 */
import type { Fault, NodeId, Scenario, Traffic } from '../../model'

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** A fault as the fault menu asks for it: no time (it happens now) and no id (the store names it). */
export type FaultRequest = DistributiveOmit<Fault, 'atMs' | 'id'>

/** What the user asked for at the current sim time. */
export type InjectRequest =
  | { kind: 'fault'; fault: FaultRequest }
  /** One event from a source (a push source, a queue, a stream). */
  | { kind: 'event'; source: NodeId; payload?: unknown }
  /** A stream record the function cannot process (§3.2): a new record with its own key, poisoned by that key. */
  | { kind: 'poisonRecord'; stream: NodeId }

/** A request once placed in time, with the model entries it became. Plain data (serialisable). */
export interface TimedFault {
  id: string
  atMs: number
  request: InjectRequest
  faults: Fault[]
  traffic: Traffic[]
}

/** Ids no hand-written document is likely to use; numbered per store. */
export const injectedId = (n: number) => `injected-${n}`

export function placeInput(request: InjectRequest, atMs: number, id: string): TimedFault {
  switch (request.kind) {
    case 'fault':
      return { id, atMs, request, faults: [{ ...request.fault, id, atMs } as Fault], traffic: [] }
    case 'event':
      return {
        id,
        atMs,
        request,
        faults: [],
        traffic: [
          {
            id,
            kind: 'once',
            source: request.source,
            atMs,
            count: 1,
            ...(request.payload === undefined ? {} : { payload: request.payload }),
          },
        ],
      }
    case 'poisonRecord': {
      const key = `${id}-poison`
      return {
        id,
        atMs,
        request,
        faults: [{ id, kind: 'poisonRecord', target: request.stream, key, atMs }],
        traffic: [
          { id, kind: 'once', source: request.stream, atMs, count: 1, partitionKeys: [key], payload: { poison: true } },
        ],
      }
    }
  }
}

/** Whether every id an input refers to still exists (the document may have been edited since). */
function stillApplies(doc: Scenario, input: TimedFault, edgeIds: ReadonlySet<string>): boolean {
  const nodeIds = new Set(doc.nodes.map((n) => n.id))
  const known = (id: string) => nodeIds.has(id) || edgeIds.has(id)
  return input.faults.every((f) => known(f.target)) && input.traffic.every((t) => nodeIds.has(t.source))
}

/** The document the engine runs: as written, plus the inputs that still apply. Unchanged when there are none. */
export function withInputs(doc: Scenario, inputs: readonly TimedFault[], edgeIds: ReadonlySet<string>): Scenario {
  const live = inputs.filter((i) => stillApplies(doc, i, edgeIds))
  if (live.length === 0) return doc
  return {
    ...doc,
    faults: [...doc.faults, ...live.flatMap((i) => i.faults)],
    traffic: [...doc.traffic, ...live.flatMap((i) => i.traffic)],
  }
}
