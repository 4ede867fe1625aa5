import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/useAppStore'
import { isBadged } from '../store/nodeBadge'
import { selectScenario, selectSelection } from '../store/selectors'
import { createGraphCache, type FlowEdge, type FlowNode } from '../store/graphMapping'
import { scenarioToGraph } from '../store/graphMapping'
import type { TFunction } from 'i18next'
import { moveNodesIn } from '../store/documentOps'
import type { LivePositions } from './useNodeDrag'
import { rememberingT } from './canvasText'

interface LabelCache {
  nodes: WeakMap<FlowNode, FlowNode>
  /** With the end names the label was made with: renaming a node re-labels its edges (same edge object). */
  edges: WeakMap<FlowEdge, { from: string; to: string; edge: FlowEdge }>
}

function nodeAria(t: TFunction, n: FlowNode): string {
  const { node, invocation } = n.data
  const label = node.label ?? node.id
  const type = t(`nodes.name.${node.type}`)
  return isBadged(invocation) ? t('nodes.aria', { label, type, style: t(`nodes.styleLong.${invocation}`) }) : t('nodes.ariaPlain', { label, type })
}

/**
 * The React Flow graph derived from the document, with translated aria labels. Unchanged nodes and edges keep their
 * object identity across renders (graphMapping's cache, then a per-language WeakMap for the labels), so React Flow
 * and the memoised node components skip them: a drag frame re-renders one node, not two hundred. Positions of a drag
 * in progress (`livePositions`) are drawn over the document without writing it.
 */
export function useFlowGraph(livePositions: LivePositions | null = null): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const { t: i18nT } = useTranslation()
  const t = useMemo(() => rememberingT(i18nT), [i18nT])
  const doc = useAppStore(selectScenario)
  const selection = useAppStore(selectSelection)
  const [cache] = useState(createGraphCache)
  const [byLanguage] = useState(() => new WeakMap<TFunction, LabelCache>())
  // A drag in progress is drawn over the document (groups still grow around a child dragged inside them).
  const drawn = useMemo(() => (livePositions ? moveNodesIn(doc, livePositions) : doc), [doc, livePositions])
  const graph = useMemo(() => scenarioToGraph(drawn, selection, cache), [drawn, selection, cache])
  const names = useMemo(() => new Map(doc.nodes.map((n) => [n.id, n.label ?? n.id])), [doc.nodes])
  const labelled = useMemo(() => {
    let forLanguage = byLanguage.get(t)
    if (!forLanguage) {
      forLanguage = { nodes: new WeakMap(), edges: new WeakMap() }
      byLanguage.set(t, forLanguage)
    }
    return forLanguage
  }, [byLanguage, t])
  const nodes = useMemo(
    () =>
      graph.nodes.map((n) => {
        let out = labelled.nodes.get(n)
        if (!out) {
          out = { ...n, ariaLabel: nodeAria(t, n) }
          labelled.nodes.set(n, out)
        }
        return out
      }),
    [graph.nodes, labelled, t],
  )
  // Its own memo: a drag frame changes nodes only, and React Flow re-indexes every edge when this array changes.
  const edges = useMemo(
    () =>
      graph.edges.map((e) => {
        const from = names.get(e.source) ?? e.source
        const to = names.get(e.target) ?? e.target
        const known = labelled.edges.get(e)
        if (known && known.from === from && known.to === to) return known.edge
        const role = t(`edges.role.${e.data?.role ?? 'unknown'}`)
        const edge = { ...e, ariaLabel: t('edges.aria', { role, from, to }) }
        labelled.edges.set(e, { from, to, edge })
        return edge
      }),
    [graph.edges, labelled, t, names],
  )
  return { nodes, edges }
}
