import { memo, useCallback, useEffect, useState } from 'react'
import { useStoreApi } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { selectPlaybackRun } from '../../store/playback/selectors'
import { useAppStoreApi } from '../../store/useAppStore'
import { FaultMenu } from './FaultMenu'
import { faultOptions, targetNameOf, type FaultOption, type FaultTarget } from './faultOptions'
import { NodeOverlays, TokenLayer } from './runLayers'
import './playback.css'

interface OpenMenu {
  target: FaultTarget
  name: string
  at: { x: number; y: number }
  /** Where focus goes back to when the menu closes. */
  returnTo: HTMLElement
}

/** The node or wire an event happened on (React Flow marks them with data-id), as a fault target. */
function targetOf(el: EventTarget | null): { target: FaultTarget; el: HTMLElement } | null {
  if (!(el instanceof Element)) return null
  const node = el.closest<HTMLElement>('.react-flow__node')
  if (node?.dataset.id) return { target: { kind: 'node', id: node.dataset.id }, el: node }
  const edge = el.closest<HTMLElement>('.react-flow__edge')
  if (edge?.dataset.id) return { target: { kind: 'edge', id: edge.dataset.id }, el: edge }
  return null
}

/**
 * Everything playback adds to the canvas: the token layer, node runtime overlays, and the fault menu (right-click,
 * or Shift+F10 / the ContextMenu key on a focused node or wire). Mounted as one child of <ReactFlow>.
 */
export const PlaybackCanvas = memo(function PlaybackCanvas() {
  const { t } = useTranslation()
  const flow = useStoreApi()
  const store = useAppStoreApi()
  const [menu, setMenu] = useState<OpenMenu | null>(null)

  useEffect(() => {
    const root = flow.getState().domNode
    if (!root) return
    const open = (hit: { target: FaultTarget; el: HTMLElement }, clientX: number, clientY: number) => {
      const run = selectPlaybackRun(store.getState())
      const name = run.ok
        ? targetNameOf(run.resolved, hit.target, (from, to) => t('faults.wire', { from, to }))
        : hit.target.id
      setMenu({ target: hit.target, name, at: { x: clientX, y: clientY }, returnTo: hit.el })
    }
    const onContextMenu = (e: MouseEvent) => {
      const hit = targetOf(e.target)
      if (!hit) return
      e.preventDefault()
      open(hit, e.clientX, e.clientY)
    }
    const onKeyDown = (e: KeyboardEvent) => {
      if (!((e.shiftKey && e.key === 'F10') || e.key === 'ContextMenu')) return
      const hit = targetOf(e.target)
      if (!hit) return
      e.preventDefault()
      const r = hit.el.getBoundingClientRect()
      open(hit, r.left + r.width / 2, r.bottom)
    }
    root.addEventListener('contextmenu', onContextMenu)
    root.addEventListener('keydown', onKeyDown)
    return () => {
      root.removeEventListener('contextmenu', onContextMenu)
      root.removeEventListener('keydown', onKeyDown)
    }
  }, [flow, store, t])

  const close = useCallback(() => {
    setMenu((m) => {
      m?.returnTo.focus()
      return null
    })
  }, [])
  const pick = useCallback(
    (o: FaultOption) => {
      store.getState().injectFault(o.request)
      close()
    },
    [store, close],
  )

  const run = selectPlaybackRun(store.getState())
  return (
    <>
      <TokenLayer />
      <NodeOverlays />
      {menu && run.ok && (
        <FaultMenu
          targetName={menu.name}
          options={faultOptions(run.resolved, menu.target)}
          at={menu.at}
          onPick={pick}
          onClose={close}
        />
      )}
    </>
  )
})
