import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/useAppStore'
import { isBadged } from '../store/nodeBadge'
import { selectScenario, selectSelection } from '../store/selectors'
import { createGraphCache, type FlowEdge, type FlowNode } from '../store/graphMapping'
import { scenarioToGraph } from '../store/graphMapping'
import type { TFunction } from 'i18next'

interface LabelCache {
  nodes: WeakMap<FlowNode, FlowNode>
  edges: WeakMap<FlowEdge, FlowEdge>
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
 * and the memoised node components skip them: a drag frame re-renders one node, not two hundred.
 */
export function useFlowGraph(): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const { t } = useTranslation()
  const doc = useAppStore(selectScenario)
  const selection = useAppStore(selectSelection)
  const [cache] = useState(createGraphCache)
  const [byLanguage] = useState(() => new WeakMap<TFunction, LabelCache>())
  const graph = useMemo(() => scenarioToGraph(doc, selection, cache), [doc, selection, cache])
  return useMemo(() => {
    let labelled = byLanguage.get(t)
    if (!labelled) {
      labelled = { nodes: new WeakMap(), edges: new WeakMap() }
      byLanguage.set(t, labelled)
    }
    const names = new Map(doc.nodes.map((n) => [n.id, n.label ?? n.id]))
    const nodes = graph.nodes.map((n) => {
      let out = labelled.nodes.get(n)
      if (!out) {
        out = { ...n, ariaLabel: nodeAria(t, n) }
        labelled.nodes.set(n, out)
      }
      return out
    })
    const edges = graph.edges.map((e) => {
      let out = labelled.edges.get(e)
      if (!out) {
        const role = t(`edges.role.${e.data?.role ?? 'unknown'}`)
        out = { ...e, ariaLabel: t('edges.aria', { role, from: names.get(e.source) ?? e.source, to: names.get(e.target) ?? e.target }) }
        labelled.edges.set(e, out)
      }
      return out
    })
    return { nodes, edges }
  }, [graph, byLanguage, t, doc.nodes])
}
