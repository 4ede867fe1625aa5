import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { ReactFlowProvider } from '@xyflow/react'
import { useAppStore, useAppStoreApi } from '../store/useAppStore'
import { selectSelection } from '../store/selectors'
import { CanvasToolbar } from './CanvasToolbar'
import { ConnectDialog } from './ConnectDialog'
import { FlowCanvas } from './FlowCanvas'
import { FIT_VIEW_OPTIONS, MIN_ZOOM } from './flowOptions'
import { CanvasTextContext, rememberingT } from './canvasText'
import { createFlowGraphCaches, flowGraphOf, type FlowGraphCaches } from './useFlowGraph'
import { Palette } from './Palette'
import { useCanvasCommands } from './useCanvasCommands'
import { useCanvasShortcuts } from './useCanvasShortcuts'
import { useCanvasSheet } from './useCanvasSheet'
import { useTranslation } from 'react-i18next'
import type { EdgeRole, NodeId } from '../model'
import './canvas.css'

function Workspace({
  graphCaches,
  fitOnOpen,
  readOnly,
  overlay,
}: {
  graphCaches: FlowGraphCaches
  fitOnOpen: boolean
  readOnly: boolean
  overlay?: ReactNode
}) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const selection = useAppStore(selectSelection)
  const [snap, setSnap] = useState(true)
  // Half the width while comparing two futures (#19): the palette starts folded there.
  const [paletteCollapsed, setPaletteCollapsed] = useState(() => store.getState().compare !== null)
  // The palette as a sheet, on narrow screens only (elsewhere it is always there and the toggle is not drawn).
  const palette = useCanvasSheet()
  const [message, setMessage] = useState('')
  const [connectFrom, setConnectFrom] = useState<NodeId | null>(null)
  const workspace = useRef<HTMLDivElement>(null)
  // Same text twice in a row must still be announced: alternate a zero-width suffix.
  const announce = useCallback((m: string) => setMessage((prev) => (prev === m ? `${m}\u200b` : m)), [])
  const commands = useCanvasCommands(announce, snap)
  const single =
    selection.nodeIds.length === 1 && selection.edgeIds.length === 0 ? (selection.nodeIds[0] ?? null) : null
  const openConnect = useCallback(() => {
    const { nodeIds, edgeIds } = store.getState().selection
    if (nodeIds.length === 1 && edgeIds.length === 0 && nodeIds[0]) setConnectFrom(nodeIds[0])
  }, [store])
  useCanvasShortcuts(workspace, commands, openConnect, !readOnly)

  const closeConnect = useCallback(() => {
    const from = connectFrom
    setConnectFrom(null)
    // Back to the node the dialog was opened from, so keyboard users keep their place.
    if (from)
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(from)}"]`)?.focus(),
      )
  }, [connectFrom])
  const connectTo = useCallback(
    (to: NodeId, role: EdgeRole) => {
      if (!connectFrom) return
      const s = store.getState()
      const r = s.connect(connectFrom, to, role)
      const name = (id: string) => s.scenario.nodes.find((n) => n.id === id)?.label ?? id
      if (r.ok)
        announce(
          t('canvas.connect.connected', { from: name(connectFrom), to: name(to), role: t(`edges.role.${r.role}`) }),
        )
      closeConnect()
    },
    [connectFrom, store, announce, t, closeConnect],
  )

  return (
    <div className="canvas-workspace" ref={workspace}>
      {!readOnly && (
        <Palette
          onAdd={commands.addFromPalette}
          collapsed={paletteCollapsed}
          onToggle={() => setPaletteCollapsed((c) => !c)}
          sheet={palette.sheet}
        />
      )}
      <div className="canvas-workspace__flow">
        <FlowCanvas
          commands={commands}
          announce={announce}
          snap={snap}
          graphCaches={graphCaches}
          fitOnOpen={fitOnOpen}
          readOnly={readOnly}
        />
        {!readOnly && (
          <CanvasToolbar
            commands={commands}
            snap={snap}
            onToggleSnap={() => setSnap((v) => !v)}
            canConnect={single !== null}
            onConnect={openConnect}
            paletteOpen={palette.sheet.open}
            onTogglePalette={palette.toggle}
            paletteToggleRef={palette.toggleRef}
          />
        )}
        {overlay}
      </div>
      <div className="visually-hidden" aria-live="polite" data-testid="canvas-announcer">
        {message}
      </div>
      {connectFrom && <ConnectDialog from={connectFrom} onConnect={connectTo} onClose={closeConnect} />}
    </div>
  )
}

/**
 * The canvas area: palette on the left, the React Flow surface with its toolbar, and the live region. React Flow's
 * store starts with the document's nodes and edges (sizes and handles known up front, see graphMapping), so its
 * first render draws them: no empty canvas painted first, no second pass of 200 nodes and 300 edges after an effect.
 * `readOnly` (embeds): no palette, toolbar, dragging, wiring or editing keys; selection and the fault menu stay.
 * `overlay`: drawn over the flow area (the app's caption strip), clear of the palette.
 */
export function CanvasWorkspace({ readOnly = false, overlay }: { readOnly?: boolean; overlay?: ReactNode } = {}) {
  const { t } = useTranslation()
  // One `t` for every node and edge (see canvasText), also used for the aria labels of the initial graph.
  const canvasT = useMemo(() => rememberingT(t), [t])
  const store = useAppStoreApi()
  const [graphCaches] = useState(createFlowGraphCaches)
  const [initial] = useState(() => {
    const { scenario, selection } = store.getState()
    return flowGraphOf(scenario, selection, graphCaches, canvasT)
  })
  // Fit only a document that opens with nodes: fitting on the first drop would yank the view from under the user.
  const fitOnOpen = initial.nodes.length > 0
  return (
    <CanvasTextContext value={canvasT}>
      <ReactFlowProvider
        initialNodes={initial.nodes}
        initialEdges={initial.edges}
        fitView={fitOnOpen}
        initialFitViewOptions={FIT_VIEW_OPTIONS}
        initialMinZoom={MIN_ZOOM}
      >
        <Workspace graphCaches={graphCaches} fitOnOpen={fitOnOpen} readOnly={readOnly} overlay={overlay} />
      </ReactFlowProvider>
    </CanvasTextContext>
  )
}
