import type { Scenario } from '../model'
import { layoutScenario } from './autoLayout'
import { moveNodesIn } from './documentOps'

/** An imported architecture (no positions) laid out left to right, groups around their children (autoLayout.ts). */
export function withLayout(doc: Scenario): Scenario {
  return moveNodesIn(doc, layoutScenario(doc))
}
