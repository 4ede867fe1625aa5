/**
 * Identifiers used across the model. Ids are plain strings in the JSON document (hand-writable);
 * these aliases document intent. Ids are stable: defaults are derived from positions in the document,
 * never from randomness (see resolve.ts).
 */
export type NodeId = string
export type EdgeId = string
export type TrafficId = string
export type FaultId = string

/** Readable id: letters, digits, `_ . : - > #` (so default edge ids like `a->b#2` can be named), 1–80 chars. */
export const ID_PATTERN = /^[A-Za-z0-9_.:>#-]{1,80}$/

/** Default edge id when a document omits it: `from->to`, suffixed `#2`, `#3`… for parallel edges. */
export function defaultEdgeId(from: NodeId, to: NodeId, ordinal: number): EdgeId {
  return ordinal <= 1 ? `${from}->${to}` : `${from}->${to}#${ordinal}`
}

const edgeIdCache = new WeakMap<readonly { id?: EdgeId; from: NodeId; to: NodeId }[], readonly EdgeId[]>()

/**
 * The id each edge goes by, in document order: its own, or the default above, numbered per from→to pair. The one
 * place edges are numbered (the index, the store and the canvas all read it). Cached per edges array.
 */
export function effectiveEdgeIds(edges: readonly { id?: EdgeId; from: NodeId; to: NodeId }[]): readonly EdgeId[] {
  const cached = edgeIdCache.get(edges)
  if (cached) return cached
  const ordinals = new Map<string, number>()
  const ids = edges.map((e) => {
    const pair = `${e.from}->${e.to}`
    const ordinal = (ordinals.get(pair) ?? 0) + 1
    ordinals.set(pair, ordinal)
    return e.id ?? defaultEdgeId(e.from, e.to, ordinal)
  })
  edgeIdCache.set(edges, ids)
  return ids
}
