import type { StateCreator } from 'zustand'
import type { EdgeId, EdgeRole, NodeId, NodeType, Scenario } from '../model'
import { pasteInto, copyOf, shiftClip, type Clip } from './clipboard'
import { checkRole, planConnection, type Refusal } from './connectionPlan'
import {
  absolutePosition,
  findNode,
  moveNodesIn,
  removeFrom,
  updateEdgeIn,
  updateNodeIn,
  type EdgePatch,
  type NodePatch,
  type XY,
} from './documentOps'
import { effectiveEdgeIds } from '../model'
import { freshEdgeId, freshNodeId, takenIds } from './ids'
import { emptyScenario, newNode } from './scenarioDefaults'
import { EMPTY_SELECTION, type Selection } from './selection'
import { canNestIn, relativeTo } from './placement'

export { EMPTY_SELECTION, type Selection } from './selection'

export type ConnectResult =
  { ok: true; edgeId: EdgeId; role: EdgeRole; notice?: Refusal } | ({ ok: false; roles?: EdgeRole[] } & Refusal)

export type EdgeUpdateResult = { ok: true } | ({ ok: false } & Refusal)

export type ScenarioMeta = Partial<
  Pick<
    Scenario,
    | 'title'
    | 'description'
    | 'era'
    | 'seed'
    | 'durationMs'
    | 'runLimitMs'
    | 'accountId'
    | 'region'
    | 'accountConcurrencyLimit'
  >
>

/** The scenario *as written* (the one source of truth: undo, share links and lessons carry it) and the selection. */
export interface DocumentState {
  scenario: Scenario
  selection: Selection
  /** What copy put aside (not part of undo history). */
  clipboard: Clip | null
}

export interface DocumentActions {
  addNode: (type: NodeType, position: XY, parentId?: NodeId) => NodeId
  updateNode: (id: NodeId, patch: NodePatch) => void
  /** One update for many nodes (a drag frame): positions only. */
  moveNodes: (moves: ReadonlyMap<NodeId, XY>) => void
  /** Move a node into a group (or out, with `undefined`), keeping it where it is on screen. False when not allowed. */
  setParent: (id: NodeId, parentId: NodeId | undefined) => boolean
  /**
   * Left-to-right layout by invocation flow (dagre), one undo step. Dagre is its own chunk, fetched on first use (the
   * first frame does not need it): resolves once the nodes have moved.
   */
  autoLayout: () => Promise<void>
  removeElements: (ids: { nodeIds?: readonly NodeId[]; edgeIds?: readonly EdgeId[] }) => void
  /** Wire two nodes as AWS would; `role` is needed when several fit (see `planConnection`). */
  connect: (from: NodeId, to: NodeId, role?: EdgeRole) => ConnectResult
  updateEdge: (id: EdgeId, patch: EdgePatch) => EdgeUpdateResult
  setScenarioMeta: (meta: ScenarioMeta) => void
  /** Any other document edit (traffic, faults…), as one undoable step. */
  editScenario: (update: (doc: Scenario) => Scenario) => void
  /** Load a document (New, Open, a lesson, a share link): selection cleared, history kept (undo brings work back). */
  replaceScenario: (doc: Scenario) => void
  select: (sel: Partial<Selection>, mode?: 'replace' | 'add' | 'toggle') => void
  copySelection: () => void
  paste: () => void
  duplicate: () => void
  /** Start/end a continuous gesture (drag, slider): the whole gesture is one undo step. */
  beginGesture: () => void
  endGesture: () => void
  undo: () => void
  redo: () => void
}

export type DocumentSlice = DocumentState & DocumentActions

/** Undo plumbing the store factory hands to the slice (zundo's temporal store lives outside the slice). */
export interface HistoryControl {
  undo: () => void
  redo: () => void
  pause: () => void
  resume: () => void
  /** Record `past` as one step (used to close a gesture). */
  push: (past: Scenario) => void
}

const PASTE_OFFSET = 40

function toggle<T>(list: readonly T[], items: readonly T[]): T[] {
  const out = list.filter((x) => !items.includes(x))
  for (const x of items) if (!list.includes(x)) out.push(x)
  return out
}

/** Drop selected ids that no longer exist (after undo, removal, replace). */
export function pruneSelection(doc: Scenario, sel: Selection): Selection {
  const nodeIds = sel.nodeIds.filter((id) => doc.nodes.some((n) => n.id === id))
  const edgeIdSet = new Set(effectiveEdgeIds(doc.edges))
  const edgeIds = sel.edgeIds.filter((id) => edgeIdSet.has(id))
  return nodeIds.length === sel.nodeIds.length && edgeIds.length === sel.edgeIds.length ? sel : { nodeIds, edgeIds }
}

export const createDocumentSlice =
  <S extends DocumentSlice>(
    initial: Scenario | undefined,
    history: () => HistoryControl,
  ): StateCreator<S, [], [], DocumentSlice> =>
  (set, get) => {
    let gestureStart: Scenario | null = null
    // The slice only writes its own fields; S is the whole store.
    const put = (partial: Partial<DocumentState>) => set(partial as unknown as Partial<S>)
    const setDoc = (scenario: Scenario, selection?: Selection) => {
      if (scenario === get().scenario && !selection) return
      put({ scenario, selection: pruneSelection(scenario, selection ?? get().selection) })
    }
    const afterHistory = () => put({ selection: pruneSelection(get().scenario, get().selection) })
    return {
      scenario: initial ?? emptyScenario(),
      selection: EMPTY_SELECTION,
      clipboard: null,
      addNode: (type, position, parentId) => {
        const doc = get().scenario
        const id = freshNodeId(type, takenIds(doc))
        setDoc({ ...doc, nodes: [...doc.nodes, newNode(type, id, position, parentId)] }, { nodeIds: [id], edgeIds: [] })
        return id
      },
      updateNode: (id, patch) => setDoc(updateNodeIn(get().scenario, id, patch)),
      moveNodes: (moves) => setDoc(moveNodesIn(get().scenario, moves)),
      setParent: (id, parentId) => {
        const doc = get().scenario
        const node = findNode(doc, id)
        const parent = parentId === undefined ? undefined : findNode(doc, parentId)
        if (!node || (parentId !== undefined && (!parent || !canNestIn(node.type, parent.type)))) return false
        if (node.parentId === parentId) return true
        const position = relativeTo(doc, parentId, absolutePosition(doc, id))
        setDoc(updateNodeIn(doc, id, { parentId, position }))
        return true
      },
      autoLayout: async () => {
        const { layoutScenario } = await import('./autoLayout')
        setDoc(moveNodesIn(get().scenario, layoutScenario(get().scenario)))
      },
      removeElements: ({ nodeIds = [], edgeIds = [] }) => setDoc(removeFrom(get().scenario, nodeIds, edgeIds)),
      connect: (from, to, role) => {
        const doc = get().scenario
        let chosen = role
        let notice: Refusal | undefined
        if (chosen === undefined) {
          const plan = planConnection(doc, from, to)
          if (plan.kind === 'refused') return { ok: false, ...plan.refusal }
          if (plan.kind === 'choose') {
            const a = doc.nodes.find((n) => n.id === from)
            const b = doc.nodes.find((n) => n.id === to)
            return {
              ok: false,
              code: 'edge.roleNeeded',
              message: 'Choose what this connection is: DLQ, on-failure or on-success.',
              ref: '§2.2',
              from: a?.type ?? 'lambda',
              to: b?.type ?? 'lambda',
              roles: plan.roles,
            }
          }
          chosen = plan.role
          notice = plan.notice
        } else {
          const verdict = checkRole(doc, from, to, chosen)
          if (!verdict.ok) return { ok: false, ...verdict.refusal }
          notice = verdict.notice
        }
        const edgeId = freshEdgeId(from, to, takenIds(doc))
        setDoc(
          { ...doc, edges: [...doc.edges, { id: edgeId, from, to, role: chosen }] },
          { nodeIds: [], edgeIds: [edgeId] },
        )
        return notice ? { ok: true, edgeId, role: chosen, notice } : { ok: true, edgeId, role: chosen }
      },
      updateEdge: (id, patch) => {
        const doc = get().scenario
        if (patch.role !== undefined) {
          const i = effectiveEdgeIds(doc.edges).indexOf(id)
          const e = doc.edges[i]
          if (e && e.role !== patch.role) {
            const without = { ...doc, edges: doc.edges.filter((_, j) => j !== i) }
            const verdict = checkRole(without, e.from, e.to, patch.role)
            if (!verdict.ok) return { ok: false, ...verdict.refusal }
          }
        }
        setDoc(updateEdgeIn(doc, id, patch))
        return { ok: true }
      },
      setScenarioMeta: (meta) => {
        const doc = get().scenario
        const changed = (Object.keys(meta) as (keyof ScenarioMeta)[]).some((k) => doc[k] !== meta[k])
        if (!changed) return
        const next: Record<string, unknown> = { ...doc }
        for (const [k, v] of Object.entries(meta)) {
          if (v === undefined) delete next[k]
          else next[k] = v
        }
        setDoc(next as Scenario)
      },
      editScenario: (update) => setDoc(update(get().scenario)),
      replaceScenario: (doc) => setDoc(doc, EMPTY_SELECTION),
      select: (sel, mode = 'replace') => {
        const cur = get().selection
        const nodeIds = sel.nodeIds ?? (mode === 'replace' ? [] : cur.nodeIds)
        const edgeIds = sel.edgeIds ?? (mode === 'replace' ? [] : cur.edgeIds)
        const next: Selection =
          mode === 'replace'
            ? { nodeIds, edgeIds }
            : mode === 'add'
              ? {
                  nodeIds: [...new Set([...cur.nodeIds, ...nodeIds])],
                  edgeIds: [...new Set([...cur.edgeIds, ...edgeIds])],
                }
              : { nodeIds: toggle(cur.nodeIds, sel.nodeIds ?? []), edgeIds: toggle(cur.edgeIds, sel.edgeIds ?? []) }
        const same =
          next.nodeIds.length === cur.nodeIds.length &&
          next.edgeIds.length === cur.edgeIds.length &&
          next.nodeIds.every((id, i) => cur.nodeIds[i] === id) &&
          next.edgeIds.every((id, i) => cur.edgeIds[i] === id)
        if (!same) put({ selection: next })
      },
      copySelection: () => {
        const { scenario, selection } = get()
        const clip = copyOf(scenario, selection.nodeIds, selection.edgeIds)
        if (clip) put({ clipboard: clip })
      },
      paste: () => {
        const clip = get().clipboard
        if (!clip) return
        const pasted = pasteInto(get().scenario, clip, { x: PASTE_OFFSET, y: PASTE_OFFSET })
        setDoc(pasted.doc, { nodeIds: pasted.nodeIds, edgeIds: pasted.edgeIds })
        // The next paste lands one step further, like every drawing tool.
        put({ clipboard: shiftClip(clip, PASTE_OFFSET) })
      },
      duplicate: () => {
        const { scenario, selection } = get()
        const clip = copyOf(scenario, selection.nodeIds, selection.edgeIds)
        if (!clip) return
        const pasted = pasteInto(scenario, clip, { x: PASTE_OFFSET, y: PASTE_OFFSET })
        setDoc(pasted.doc, { nodeIds: pasted.nodeIds, edgeIds: pasted.edgeIds })
      },
      beginGesture: () => {
        if (gestureStart) return
        gestureStart = get().scenario
        history().pause()
      },
      endGesture: () => {
        const start = gestureStart
        if (!start) return
        gestureStart = null
        history().resume()
        if (start !== get().scenario) history().push(start)
      },
      undo: () => {
        history().undo()
        afterHistory()
      },
      redo: () => {
        history().redo()
        afterHistory()
      },
    }
  }
