import { useCallback, useMemo, useRef, useState } from 'react'

/**
 * A side panel shown as a sheet over the canvas where the window is too narrow for it (≤ 760 px: embeds, narrow
 * windows): whether it is open, its toggle's ref, and a close that hands focus back to the toggle. Used for the
 * palette (canvas toolbar) and the inspector (header).
 */
export function useCanvasSheet() {
  const [open, setOpen] = useState(false)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const close = useCallback(() => {
    setOpen(false)
    toggleRef.current?.focus()
  }, [])
  const toggle = useCallback(() => setOpen((o) => !o), [])
  const sheet = useMemo(() => ({ open, onClose: close }), [open, close])
  return { sheet, toggle, toggleRef }
}
