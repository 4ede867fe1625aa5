import { useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface TabSpec<K extends string> {
  id: K
  label: string
}

/**
 * WAI-ARIA tabs: one tab stop, arrow keys move (and select: automatic activation), Home/End jump.
 * The panel is rendered by the caller with `tabPanelProps(id)`.
 */
export function Tabs<K extends string>({
  idPrefix,
  label,
  tabs,
  selected,
  onSelect,
  children,
}: {
  idPrefix: string
  label: string
  tabs: readonly TabSpec<K>[]
  selected: K
  onSelect: (id: K) => void
  children?: ReactNode
}) {
  const refs = useRef(new Map<K, HTMLButtonElement>())
  const move = (e: KeyboardEvent, index: number) => {
    const n = tabs.length
    const to =
      e.key === 'ArrowRight'
        ? (index + 1) % n
        : e.key === 'ArrowLeft'
          ? (index - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1
    if (to < 0) return
    e.preventDefault()
    const id = tabs[to]!.id
    onSelect(id)
    refs.current.get(id)?.focus()
  }
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(el) => {
            if (el) refs.current.set(tab.id, el)
            else refs.current.delete(tab.id)
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-controls={`${idPrefix}-panel-${tab.id}`}
          aria-selected={tab.id === selected}
          tabIndex={tab.id === selected ? 0 : -1}
          className="tabs__tab"
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => move(e, i)}
        >
          {tab.label}
        </button>
      ))}
      {children}
    </div>
  )
}
