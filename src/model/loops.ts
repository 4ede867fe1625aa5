import { inferEdgeRole } from './connections.ts'
import type { Scenario } from './scenario.ts'

/** How a `writes` wire that closes a loop ends (§16): stopped after 16 invocations, or running on (Allow / 2018). */
export type LoopVerdict = 'stops' | 'runsOn'

/**
 * The `writes` wires that close a loop back to their function: from the bucket, queue or topic written to, triggers,
 * mappings and further writes lead back to the writer (§16). Keyed by the edge's index in `doc.edges`.
 */
export function loopWires(doc: Scenario): Map<number, LoopVerdict> {
  const typeOf = new Map(doc.nodes.map((n) => [n.id, n.type]))
  const next = new Map<string, string[]>()
  const writes: { index: number; from: string; to: string }[] = []
  doc.edges.forEach((e, i) => {
    const a = typeOf.get(e.from)
    const b = typeOf.get(e.to)
    if (!a || !b) return
    const role = e.role ?? inferEdgeRole(a, b)
    if (role !== 'trigger' && role !== 'eventSourceMapping' && role !== 'writes') return
    const list = next.get(e.from)
    if (list) list.push(e.to)
    else next.set(e.from, [e.to])
    if (role === 'writes') writes.push({ index: i, from: e.from, to: e.to })
  })
  const out = new Map<number, LoopVerdict>()
  for (const w of writes) {
    const seen = new Set<string>([w.to])
    const stack = [w.to]
    let loops = false
    while (stack.length > 0 && !loops) {
      for (const n of next.get(stack.pop()!) ?? []) {
        if (n === w.from) loops = true
        if (!seen.has(n)) {
          seen.add(n)
          stack.push(n)
        }
      }
    }
    if (!loops) continue
    const fn = doc.nodes.find((n) => n.id === w.from)
    const allow = doc.era === '2018' || (fn?.type === 'lambda' && fn.config?.recursiveLoop === 'Allow')
    out.set(w.index, allow ? 'runsOn' : 'stops')
  }
  return out
}
