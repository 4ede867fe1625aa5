import { useContext, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Scenario } from '../model'
import { useAppStore } from '../store/useAppStore'
import { isBadged } from '../store/nodeBadge'
import { selectScenario, selectSelection } from '../store/selectors'
import { createGraphCache, scenarioToGraph, type FlowEdge, type FlowNode, type GraphCache } from '../store/graphMapping'
import type { Selection } from '../store/selection'
import { CanvasTextContext, rememberingT } from './canvasText'

interface LabelCache {
  nodes: WeakMap<FlowNode, FlowNode>
  /** With the end names the label was made with: renaming a node re-labels its edges (same edge object). */
  edges: WeakMap<FlowEdge, { from: string; to: string; edge: FlowEdge }>
}

/**
 * What the canvas keeps between derivations: graphMapping's cache, then the labelled objects per language. Shared by
 * the first graph (handed to React Flow's provider, see CanvasWorkspace) and every later render, so both are the
 * very same objects and React Flow's first real update changes nothing.
 */
export interface FlowGraphCaches {
  graph: GraphCache
  byLanguage: WeakMap<TFunction, LabelCache>
}
export const createFlowGraphCaches = (): FlowGraphCaches => ({ graph: createGraphCache(), byLanguage: new WeakMap() })

function nodeAria(t: TFunction, n: FlowNode): string {
  const { node, invocation } = n.data
  const label = node.label ?? node.id
  const type = t(`nodes.name.${node.type}`)
  return isBadged(invocation)
    ? t('nodes.aria', { label, type, style: t(`nodes.styleLong.${invocation}`) })
    : t('nodes.ariaPlain', { label, type })
}

function labelsFor(caches: FlowGraphCaches, t: TFunction): LabelCache {
  let forLanguage = caches.byLanguage.get(t)
  if (!forLanguage) {
    forLanguage = { nodes: new WeakMap(), edges: new WeakMap() }
    caches.byLanguage.set(t, forLanguage)
  }
  return forLanguage
}

const namesOf = (nodes: Scenario['nodes']): Map<string, string> => new Map(nodes.map((n) => [n.id, n.label ?? n.id]))

function labelNodes(nodes: FlowNode[], labels: LabelCache, t: TFunction): FlowNode[] {
  return nodes.map((n) => {
    let out = labels.nodes.get(n)
    if (!out) {
      out = { ...n, ariaLabel: nodeAria(t, n) }
      labels.nodes.set(n, out)
    }
    return out
  })
}

function labelEdges(
  edges: FlowEdge[],
  labels: LabelCache,
  t: TFunction,
  names: ReadonlyMap<string, string>,
): FlowEdge[] {
  return edges.map((e) => {
    const from = names.get(e.source) ?? e.source
    const to = names.get(e.target) ?? e.target
    const known = labels.edges.get(e)
    if (known && known.from === from && known.to === to) return known.edge
    const role = t(`edges.role.${e.data?.role ?? 'unknown'}`)
    const edge = { ...e, ariaLabel: t('edges.aria', { role, from, to }) }
    labels.edges.set(e, { from, to, edge })
    return edge
  })
}

/**
 * The labelled graph of a document, outside React: React Flow's initial nodes and edges (its first render draws them).
 */
export function flowGraphOf(
  doc: Scenario,
  selection: Selection,
  caches: FlowGraphCaches,
  t: TFunction,
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const graph = scenarioToGraph(doc, selection, caches.graph)
  const labels = labelsFor(caches, t)
  return { nodes: labelNodes(graph.nodes, labels, t), edges: labelEdges(graph.edges, labels, t, namesOf(doc.nodes)) }
}

/**
 * The React Flow graph derived from the document, with translated aria labels. Unchanged nodes and edges keep their
 * object identity across renders (graphMapping's cache, then a per-language WeakMap for the labels), so React Flow
 * and the memoised node components skip them: a drag frame re-renders one node, not two hundred (a drag in progress
 * is drawn by useNodeDrag, straight into React Flow's store). Pass the canvas's `caches` (and be under its
 * CanvasTextContext) to share objects with `flowGraphOf`; without, the hook keeps its own.
 */
export function useFlowGraph(caches?: FlowGraphCaches): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const { t: i18nT } = useTranslation()
  const canvasT = useContext(CanvasTextContext)
  const t = useMemo(() => canvasT ?? rememberingT(i18nT), [canvasT, i18nT])
  const doc = useAppStore(selectScenario)
  const selection = useAppStore(selectSelection)
  const [ownCaches] = useState(createFlowGraphCaches)
  const shared = caches ?? ownCaches
  const graph = useMemo(() => scenarioToGraph(doc, selection, shared.graph), [doc, selection, shared])
  const names = useMemo(() => namesOf(doc.nodes), [doc.nodes])
  const labels = useMemo(() => labelsFor(shared, t), [shared, t])
  const nodes = useMemo(() => labelNodes(graph.nodes, labels, t), [graph.nodes, labels, t])
  // Its own memo: a drag frame changes nodes only, and React Flow re-indexes every edge when this array changes.
  const edges = useMemo(() => labelEdges(graph.edges, labels, t, names), [graph.edges, labels, t, names])
  return { nodes, edges }
}
