import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'

export const MIN_DRAWER_PX = 140
const STEP_PX = 24
const maxPx = () => Math.max(MIN_DRAWER_PX, Math.round(window.innerHeight * 0.7))

/** Height and collapse of the drawer: dragged with the pointer or moved with arrow keys on the separator. */
export function useDrawerSize(initialPx = 260, initiallyCollapsed = true) {
  const [heightPx, setHeight] = useState(() =>
    Math.max(MIN_DRAWER_PX, Math.min(initialPx, Math.round(window.innerHeight * 0.45))),
  )
  // The canvas keeps its room until the user opens a tab or selects an event.
  const [collapsed, setCollapsed] = useState(initiallyCollapsed)
  const drag = useRef<{ startY: number; startPx: number } | null>(null)
  const clamp = (px: number) => Math.min(maxPx(), Math.max(MIN_DRAWER_PX, Math.round(px)))

  const onPointerDown = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      e.currentTarget.setPointerCapture(e.pointerId)
      drag.current = { startY: e.clientY, startPx: heightPx }
      setCollapsed(false)
    },
    [heightPx],
  )
  const onPointerMove = useCallback((e: PointerEvent<HTMLElement>) => {
    const d = drag.current
    if (d) setHeight(clamp(d.startPx + (d.startY - e.clientY)))
  }, [])
  const onPointerUp = useCallback(() => {
    drag.current = null
  }, [])
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const to =
        e.key === 'ArrowUp'
          ? heightPx + STEP_PX
          : e.key === 'ArrowDown'
            ? heightPx - STEP_PX
            : e.key === 'Home'
              ? MIN_DRAWER_PX
              : e.key === 'End'
                ? maxPx()
                : null
      if (to === null) return
      e.preventDefault()
      setCollapsed(false)
      setHeight(clamp(to))
    },
    [heightPx],
  )
  return {
    heightPx,
    collapsed,
    setCollapsed,
    maxPx,
    separator: { onPointerDown, onPointerMove, onPointerUp, onKeyDown },
  }
}
