import { useCallback, useId, useLayoutEffect, useRef, useState, type DragEvent } from 'react'
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useStore,
  useStoreApi,
  type ReactFlowState,
  type Viewport,
  type FinalConnectionState,
  type IsValidConnection,
  type EdgeChange,
} from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { EdgeRole, NodeType } from '../model'
import { planConnection } from '../store/connectionPlan'
import type { FlowEdge, FlowNode } from '../store/graphMapping'
import { useAppStore, useAppStoreApi } from '../store/useAppStore'
import { selectTheme } from '../store/selectors'
import { ConnectionPopover, type Anchor, type ConnectionPopoverState } from './ConnectionPopover'
import { EdgeMarkers } from './edges/RoleEdge'
import { EdgeEndsContext, EdgeMarkerIdContext, type EdgeEndsRegistry } from './edges/edgeEnds'
import { MiniMapRect } from './nodes/MiniMapRect'
import { edgeTypes } from './edges/edgeTypes'
import { nodeTypes } from './nodes/nodeTypes'
import { PALETTE_MIME } from './paletteGroups'
import type { Announce, CanvasCommands } from './useCanvasCommands'
import { useFlowAriaLabels } from './useFlowAriaLabels'
import { FIT_VIEW_OPTIONS, MIN_ZOOM } from './flowOptions'
import { openingViewport } from './openingViewport'
import { fitInsetsOf } from './fitInsets'
import { EdgeLabelsShownContext } from './canvasText'
import { useFlowGraph, type FlowGraphCaches } from './useFlowGraph'
import { useNodeDrag } from './useNodeDrag'
import { PALETTE_TYPES } from './paletteTypes'
import { PlaybackCanvas } from './playback/PlaybackCanvas'
import { useFitOnRequest } from './useFitOnRequest'
import { EmptyCanvasWays } from './EmptyCanvasWays'

const SNAP_GRID: [number, number] = [20, 20]
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift']
const PRO_OPTIONS = { hideAttribution: true }
/** Constant props: the memoised minimap skips the re-render of a drag frame. */
const MINIMAP_STYLE = { width: 150, height: 96 }
/** Below this zoom role labels are too small to read: they are not drawn (their edges keep colour and dash). */
const LABEL_MIN_ZOOM = 0.45
/** Also while the opening fit is pending: labels made at zoom 1 would be torn down a frame later by the fit. */
const selectZoomedOut = (s: ReactFlowState) => s.transform[2] < LABEL_MIN_ZOOM || s.fitViewQueued
/**
 * Below this zoom a node's icon glyph and handles are a few pixels wide: they are not drawn (the tinted tile keeps the
 * node's colour; handles stay in place, hidden, and Connect in the toolbar still wires). Zoomed out past
 * LABEL_MIN_ZOOM the service name and the badge (text under 5 px) are not drawn either. Less to paint on a large
 * canvas seen whole: measured on the 200-node bench, a drag frame's main-thread work fell from ≈ 18–20 to ≈ 14.5 ms.
 */
const FAR_ZOOM = 0.3
const selectFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM

/** Four corners closing in on the middle. */
function FitIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  )
}

function pointerOf(event: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0]
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 }
  }
  return { x: event.clientX, y: event.clientY }
}

/** The node under a screen point (a drop on a node's body counts, not only on its handle). */
function nodeIdAt(p: { x: number; y: number }): string | null {
  const el = document.elementFromPoint(p.x, p.y)?.closest('.react-flow__node')
  return el?.getAttribute('data-id') ?? null
}

/**
 * The React Flow surface, controlled by the store: it renders what `scenarioToGraph` derives and turns every gesture
 * into a store action (moves, selection, drops from the palette, connections). It decides no AWS rule itself.
 */
export function FlowCanvas({
  commands,
  announce,
  snap,
  graphCaches,
  fitOnOpen,
  readOnly = false,
}: {
  commands: CanvasCommands
  announce: Announce
  snap: boolean
  /** Shared with the initial graph React Flow's provider starts with (same objects: nothing to re-render). */
  graphCaches: FlowGraphCaches
  fitOnOpen: boolean
  readOnly?: boolean
}) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const theme = useAppStore(selectTheme)
  const ariaLabelConfig = useFlowAriaLabels()
  // React Flow names its descriptions and live region after this id ('1' by default): two canvases side by side (a
  // comparison) would share those ids, and each canvas's aria-describedby would point at the first one's.
  const flowId = `flow-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`
  const [edgeEnds] = useState<EdgeEndsRegistry>(() => new Map())
  const { liveNodes, onNodesChange, onNodeDragStop } = useNodeDrag(announce, graphCaches, edgeEnds)
  const graph = useFlowGraph(graphCaches)
  // A render in the middle of a drag (a selection, a finished simulation) keeps drawing the drag, not the document.
  const nodes = liveNodes() ?? graph.nodes
  const edges = graph.edges
  const container = useRef<HTMLDivElement>(null)
  const [popover, setPopover] = useState<ConnectionPopoverState | null>(null)
  const zoomedOut = useStore(selectZoomedOut)
  const far = useStore(selectFar)
  const flowStore = useStoreApi<FlowNode, FlowEdge>()
  // The opening fit is framed before <ReactFlow> first renders (`undefined`: the pane is not measured yet), so the
  // 200-node canvas is laid out and painted once, already fitted, instead of at zoom 1 and again after a fit.
  const [opening, setOpening] = useState<Viewport | null | undefined>(fitOnOpen ? undefined : null)
  useFitOnRequest(opening !== undefined)
  useLayoutEffect(() => {
    if (opening !== undefined) return
    const pane = container.current
    const viewport = pane
      ? openingViewport(flowStore.getState().nodeLookup, pane.offsetWidth, pane.offsetHeight, fitInsetsOf(pane))
      : null
    // React Flow's first render already at the fitted zoom (role labels hidden when zoomed out are never made).
    if (viewport) flowStore.setState({ transform: [viewport.x, viewport.y, viewport.zoom], fitViewQueued: false })
    setOpening(viewport)
  }, [opening, flowStore])

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const s = store.getState()
      let selected: Set<string> | null = null
      for (const c of changes)
        if (c.type === 'select') {
          selected ??= new Set(s.selection.edgeIds)
          if (c.selected) selected.add(c.id)
          else selected.delete(c.id)
        }
      if (selected) s.select({ nodeIds: store.getState().selection.nodeIds, edgeIds: [...selected] })
    },
    [store],
  )

  const isValidConnection: IsValidConnection = useCallback(
    (c) => c.source !== c.target && planConnection(store.getState().scenario, c.source, c.target).kind !== 'refused',
    [store],
  )

  const connectNow = useCallback(
    (from: string, to: string, role: EdgeRole | undefined, anchor: Anchor) => {
      const s = store.getState()
      const result = s.connect(from, to, role)
      const name = (id: string) => s.scenario.nodes.find((n) => n.id === id)?.label ?? id
      if (result.ok) {
        announce(
          t('canvas.connect.connected', { from: name(from), to: name(to), role: t(`edges.role.${result.role}`) }),
        )
        setPopover(result.notice ? { kind: 'notice', refusal: result.notice, ...anchor } : null)
      } else {
        setPopover({ kind: 'refused', refusal: result, ...anchor })
      }
    },
    [store, announce, t],
  )

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const screen = pointerOf(event)
      const fromNode = state.fromNode?.id
      const other = state.toNode?.id ?? nodeIdAt(screen)
      if (!fromNode || !other || other === fromNode) return
      // Dragging from a left (receiving) handle wires the other way round.
      const [from, to] = state.fromHandle?.type === 'target' ? [other, fromNode] : [fromNode, other]
      const box = container.current?.getBoundingClientRect()
      const anchor: Anchor = {
        at: { x: screen.x - (box?.left ?? 0), y: screen.y - (box?.top ?? 0) },
        bounds: { width: box?.width ?? 800, height: box?.height ?? 600 },
      }
      const doc = store.getState().scenario
      const plan = planConnection(doc, from, to)
      if (plan.kind === 'choose') {
        const target = doc.nodes.find((n) => n.id === to)
        setPopover({
          kind: 'choose',
          from,
          to,
          toName: target ? (target.label ?? target.id) : to,
          roles: plan.roles,
          ...anchor,
        })
      } else if (plan.kind === 'refused') {
        setPopover({ kind: 'refused', refusal: plan.refusal, ...anchor })
      } else {
        connectNow(from, to, plan.role, anchor)
      }
    },
    [store, connectNow],
  )

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return
    e.preventDefault()
    e.dataTransfer.dropEffect = 'copy'
  }, [])
  const onDrop = useCallback(
    (e: DragEvent) => {
      const type = e.dataTransfer.getData(PALETTE_MIME)
      if (!PALETTE_TYPES.has(type as NodeType)) return
      e.preventDefault()
      commands.addAtScreenPoint(type as NodeType, { x: e.clientX, y: e.clientY })
    },
    [commands],
  )

  const closePopover = useCallback(() => setPopover(null), [])
  const empty = nodes.length === 0
  return (
    <div
      className={`flow${zoomedOut ? ' flow--zoomed-out' : ''}${far ? ' flow--far' : ''}`}
      data-testid="flow-canvas"
      ref={container}
      onDragOver={readOnly ? undefined : onDragOver}
      onDrop={readOnly ? undefined : onDrop}
    >
      <EdgeMarkers idPrefix={`${flowId}-arrow`} />
      <EdgeMarkerIdContext value={`${flowId}-arrow`}>
        <EdgeLabelsShownContext value={!zoomedOut}>
          <EdgeEndsContext value={edgeEnds}>
            {opening !== undefined && (
              <ReactFlow<FlowNode, FlowEdge>
                id={flowId}
                nodes={nodes}
                edges={edges}
                nodeTypes={nodeTypes}
                edgeTypes={edgeTypes}
                onNodesChange={onNodesChange}
                nodesDraggable={!readOnly}
                nodesConnectable={!readOnly}
                onEdgesChange={onEdgesChange}
                onNodeDragStop={onNodeDragStop}
                onConnectEnd={onConnectEnd}
                isValidConnection={isValidConnection}
                onPaneClick={closePopover}
                colorMode={theme}
                ariaLabelConfig={ariaLabelConfig}
                proOptions={PRO_OPTIONS}
                deleteKeyCode={null}
                multiSelectionKeyCode={MULTI_SELECT_KEYS}
                snapToGrid={snap}
                snapGrid={SNAP_GRID}
                defaultViewport={opening ?? undefined}
                // Only when the pane could not be measured: then React Flow fits once it has.
                fitView={fitOnOpen && opening === null}
                fitViewOptions={FIT_VIEW_OPTIONS}
                minZoom={MIN_ZOOM}
              >
                <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
                {/* Its own fit button: React Flow's would frame the nodes' boxes only, under the caption strip. */}
                <Controls position="bottom-left" showInteractive={false} showFitView={false}>
                  <ControlButton
                    className="react-flow__controls-fitview"
                    onClick={commands.fit}
                    title={t('flow.fitView')}
                    aria-label={t('flow.fitView')}
                  >
                    <FitIcon />
                  </ControlButton>
                </Controls>
                {/* Small, so it does not hide nodes when the palette and inspector leave a narrow canvas. */}
                <MiniMap position="bottom-right" pannable zoomable style={MINIMAP_STYLE} nodeComponent={MiniMapRect} />
                <PlaybackCanvas />
              </ReactFlow>
            )}
          </EdgeEndsContext>
        </EdgeLabelsShownContext>
      </EdgeMarkerIdContext>
      {popover && (
        <ConnectionPopover
          state={popover}
          onChoose={(role) => popover.kind === 'choose' && connectNow(popover.from, popover.to, role, popover)}
          onClose={closePopover}
        />
      )}
      {empty && !readOnly && (
        <div className="flow__empty" role="note">
          <h2 className="flow__empty-title">{t('canvas.emptyTitle')}</h2>
          <p className="flow__empty-body">{t('canvas.emptyBody')}</p>
          <EmptyCanvasWays />
        </div>
      )}
    </div>
  )
}
