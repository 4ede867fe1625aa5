import { useEffect, useRef, type RefObject } from 'react'

/**
 * Focus something that only exists after the edit renders (the new entry's first control, the next entry after a
 * removal, or the Add button when the list is empty): `focusAfter(...selectors)` names it inside `container`; the
 * first selector that matches wins.
 */
export function useFocusAfterEdit(container: RefObject<HTMLElement | null>): (...selectors: string[]) => void {
  const pending = useRef<string[] | null>(null)
  useEffect(() => {
    const selectors = pending.current
    if (selectors === null) return
    for (const selector of selectors) {
      const el = container.current?.querySelector<HTMLElement>(selector)
      if (!el) continue
      pending.current = null
      el.focus()
      return
    }
  })
  return (...selectors) => {
    pending.current = selectors
  }
}

/** An entry's first control, else its heading (focusable with tabIndex −1). */
export const entryFocus = (entry: string) => [
  `${entry} :is(input, select, textarea):not([disabled])`,
  `${entry} [data-entry-heading]`,
]
