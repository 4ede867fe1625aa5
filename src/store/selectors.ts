import type { AppStore } from './createAppStore'
import { effectiveEdgeIds } from '../model'
import type { ScenarioEdge, ScenarioNode } from '../model'

export const selectTheme = (s: AppStore) => s.theme
export const selectLocale = (s: AppStore) => s.locale
export const selectToggleTheme = (s: AppStore) => s.toggleTheme
export const selectSetLocale = (s: AppStore) => s.setLocale

// Document (the scenario as written) and selection.
export const selectScenario = (s: AppStore) => s.scenario
export const selectEra = (s: AppStore) => s.scenario.era
export const selectSelection = (s: AppStore) => s.selection

type Selection = AppStore['selection']

/**
 * The one selected node, when exactly one node (and no edge) is in `selection`; else null. Stable: a document object.
 */
export const selectedNodeIn = (s: AppStore, selection: Selection): ScenarioNode | null => {
  const { nodeIds, edgeIds } = selection
  if (nodeIds.length !== 1 || edgeIds.length !== 0) return null
  return s.scenario.nodes.find((n) => n.id === nodeIds[0]) ?? null
}

/** The one selected edge's effective id (documents may omit edge ids), when exactly one edge is in `selection`. */
export const selectedEdgeIdIn = (selection: Selection): string | null => {
  const { nodeIds, edgeIds } = selection
  return nodeIds.length === 0 && edgeIds.length === 1 ? (edgeIds[0] ?? null) : null
}

export const selectedEdgeIn = (s: AppStore, selection: Selection): ScenarioEdge | null => {
  const id = selectedEdgeIdIn(selection)
  if (id === null) return null
  const i = effectiveEdgeIds(s.scenario.edges).indexOf(id)
  return s.scenario.edges[i] ?? null
}

// Actions (stable functions: select them one by one, no useShallow needed).
export const selectEditScenario = (s: AppStore) => s.editScenario
export const selectSelect = (s: AppStore) => s.select
export const selectBeginGesture = (s: AppStore) => s.beginGesture
export const selectEndGesture = (s: AppStore) => s.endGesture
