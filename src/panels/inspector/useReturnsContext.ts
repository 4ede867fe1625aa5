import { useAppStore } from '../../store/useAppStore'
import { inferEdgeRole, type Scenario } from '../../model'
import type { ReturnsContext } from './ReturnsEditor'

/** Is the function polled by a mapping (batch responses) or called by API Gateway (proxy responses)? */
export function returnsContextOf(doc: Scenario, fnId: string): ReturnsContext {
  let batch = false
  let api = false
  for (const e of doc.edges) {
    if (e.to !== fnId) continue
    const from = doc.nodes.find((n) => n.id === e.from)
    if (!from) continue
    if ((e.role ?? inferEdgeRole(from.type, 'lambda')) === 'eventSourceMapping') batch = true
    if (from.type === 'apiGateway') api = true
  }
  return { batch, api }
}

export function useReturnsContext(fnId: string): ReturnsContext {
  const key = useAppStore((s) => {
    const c = returnsContextOf(s.scenario, fnId)
    return (c.batch ? 1 : 0) + (c.api ? 2 : 0)
  })
  return { batch: (key & 1) === 1, api: (key & 2) === 2 }
}
