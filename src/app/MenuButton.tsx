import { useRef, useState, type KeyboardEvent, type RefObject } from 'react'

interface MenuButtonProps<Item extends string> {
  /** The list's id (the button's aria-controls). */
  listId: string
  /** The button's text and the menu's accessible name. */
  label: string
  items: readonly Item[]
  itemLabel: (item: Item) => string
  /** Runs an item; the menu is closed first, and focus goes back to the button unless `keepsFocus(item)`. */
  onRun: (item: Item) => void
  /** Items that move focus elsewhere themselves (a file picker, a dialog). */
  keepsFocus?: (item: Item) => boolean
  /** The owner's handle on the button (to give focus back after a dialog closes). */
  buttonRef: RefObject<HTMLButtonElement | null>
  listClassName?: string
}

/**
 * A header menu button (WAI-ARIA menu button pattern): Enter/Space or ArrowDown opens it on its first item, arrows,
 * Home and End move, Escape closes back to the button, Tab leaves; a click outside closes it.
 */
export function MenuButton<Item extends string>(props: MenuButtonProps<Item>) {
  const { listId, label, items, itemLabel, onRun, keepsFocus, buttonRef, listClassName } = props
  const [open, setOpen] = useState(false)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])
  const focusFirst = () => requestAnimationFrame(() => itemRefs.current[0]?.focus())

  const close = (focusButton = true) => {
    setOpen(false)
    if (focusButton) buttonRef.current?.focus()
  }
  const onMenuKey = (e: KeyboardEvent) => {
    const i = itemRefs.current.findIndex((el) => el === document.activeElement)
    const focus = (n: number) => itemRefs.current[(n + items.length) % items.length]?.focus()
    if (e.key === 'ArrowDown') focus(i + 1)
    else if (e.key === 'ArrowUp') focus(i - 1)
    else if (e.key === 'Home') focus(0)
    else if (e.key === 'End') focus(items.length - 1)
    else if (e.key === 'Escape') close()
    else if (e.key === 'Tab') close(false)
    else return
    e.preventDefault()
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpen(!open)
          if (!open) focusFirst()
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.preventDefault()
            close()
          } else if (e.key === 'ArrowDown' && !open) {
            e.preventDefault()
            setOpen(true)
            focusFirst()
          }
        }}
      >
        {label}
      </button>
      {open ? (
        <>
          <div className="file-menu__backdrop" onClick={() => close(false)} aria-hidden="true" />
          <div
            id={listId}
            className={`file-menu__list${listClassName ? ` ${listClassName}` : ''}`}
            role="menu"
            aria-label={label}
            onKeyDown={onMenuKey}
          >
            {items.map((item, n) => (
              <button
                key={item}
                ref={(el) => void (itemRefs.current[n] = el)}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="file-menu__item"
                onClick={() => {
                  close(!(keepsFocus?.(item) ?? false))
                  onRun(item)
                }}
              >
                {itemLabel(item)}
              </button>
            ))}
          </div>
        </>
      ) : null}
    </>
  )
}
