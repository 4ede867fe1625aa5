import { checkEdges } from './checkEdges.ts'
import { checkInputs } from './checkInputs.ts'
import { checkNodes } from './checkNodes.ts'
import { indexScenario } from './graph.ts'
import type { Issue } from './issues.ts'
import type { Scenario } from './scenario.ts'

/**
 * Semantic rules a structurally valid document must also meet: references, legal wiring per node-type pair, era
 * refusals (§12), env vars (§8), AWS create-time rejections (G27). Pure; returns errors and warnings in document order.
 */
export function checkScenario(s: Scenario): Issue[] {
  const idx = indexScenario(s)
  return [...checkNodes(s, idx), ...checkEdges(s, idx), ...checkInputs(s, idx)]
}
