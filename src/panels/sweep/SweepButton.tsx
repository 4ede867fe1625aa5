import { Suspense, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react'

import { LazySweepDialog } from './LazySweepDialog'

/**
 * The sweep dialog for a menu item (the header's "What if…?" menu): `open()` shows it (loaded on first use), `dialog`
 * is the element to render; when it closes, focus goes back to `returnFocus` (the menu's button).
 */
export function useSweepDialog(returnFocus: RefObject<HTMLElement | null>): { open: () => void; dialog: ReactNode } {
  const [isOpen, setOpen] = useState(false)
  const wasOpen = useRef(false)
  // Back to the button once the dialog is gone (while it is modal the rest of the page is inert).
  useEffect(() => {
    if (wasOpen.current && !isOpen) returnFocus.current?.focus()
    wasOpen.current = isOpen
  }, [isOpen, returnFocus])
  const dialog = isOpen ? (
    <Suspense fallback={null}>
      <LazySweepDialog onClose={() => setOpen(false)} />
    </Suspense>
  ) : null
  return { open: () => setOpen(true), dialog }
}
