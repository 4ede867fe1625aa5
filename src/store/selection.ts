import type { EdgeId, NodeId } from '../model'

export interface Selection {
  nodeIds: readonly NodeId[]
  edgeIds: readonly EdgeId[]
}
export const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [] }
