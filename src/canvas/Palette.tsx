import { useEffect, useId, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { NodeType } from '../model'
import { ServiceIcon } from './nodes/ServiceIcon'
import { PALETTE_GROUPS, PALETTE_MIME, type PaletteGroupId, type TargetType } from './paletteGroups'
import './palette.css'

/** The palette's id, for the toolbar's toggle on narrow screens (aria-controls). */
export const PALETTE_ID = 'palette'

/**
 * Searchable palette, grouped by how Lambda is invoked. Each item is a button: drag it onto the canvas, or click /
 * press Enter to add it at a free place. Collapsible. At ≤ 760 px (embeds, narrow windows) it is hidden until the
 * canvas toolbar opens it as a sheet over the canvas (`sheet`): focus goes to the search, Escape or the close button
 * closes it, and adding a service closes it too, so the new node is in view.
 */
export function Palette({
  onAdd,
  collapsed,
  onToggle,
  sheet,
}: {
  onAdd: (type: NodeType) => void
  collapsed: boolean
  onToggle: () => void
  sheet: { open: boolean; onClose: () => void }
}) {
  const { t } = useTranslation()
  const search = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (sheet.open) search.current?.focus()
  }, [sheet.open])
  const folded = collapsed && !sheet.open
  const add = (type: NodeType) => {
    onAdd(type)
    if (sheet.open) sheet.onClose()
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (sheet.open && e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault()
      sheet.onClose()
    }
  }
  const [query, setQuery] = useState('')
  const searchId = useId()
  const listId = useId()
  const groups = useMemo(() => {
    const nameOf = (group: PaletteGroupId, type: NodeType) =>
      group === 'targets' ? t(`canvas.palette.targetName.${type as TargetType}`) : t(`nodes.name.${type}`)
    const q = query.trim().toLowerCase()
    return PALETTE_GROUPS.map((g) => ({
      id: g.id,
      items: g.types
        .map((type) => ({ type, name: nameOf(g.id, type) }))
        .filter(
          ({ type, name }) =>
            q === '' ||
            name.toLowerCase().includes(q) ||
            type.toLowerCase().includes(q) ||
            t(`canvas.palette.group.${g.id}`).toLowerCase().includes(q),
        ),
    })).filter((g) => g.items.length > 0)
  }, [query, t])
  const onDragStart = (e: DragEvent, type: NodeType) => {
    e.dataTransfer.setData(PALETTE_MIME, type)
    e.dataTransfer.effectAllowed = 'copy'
  }
  return (
    <aside
      id={PALETTE_ID}
      className={`palette${folded ? ' palette--collapsed' : ''}${sheet.open ? ' palette--sheet-open' : ''}`}
      aria-label={t('canvas.palette.label')}
      onKeyDown={onKeyDown}
    >
      <div className="palette__header">
        {!folded && <h2 className="palette__title">{t('canvas.palette.title')}</h2>}
        <button
          type="button"
          className="palette__toggle"
          aria-expanded={sheet.open ? undefined : !collapsed}
          aria-controls={sheet.open ? undefined : listId}
          title={t(
            sheet.open ? 'canvas.palette.close' : collapsed ? 'canvas.palette.expand' : 'canvas.palette.collapse',
          )}
          aria-label={t(
            sheet.open ? 'canvas.palette.close' : collapsed ? 'canvas.palette.expand' : 'canvas.palette.collapse',
          )}
          onClick={sheet.open ? sheet.onClose : onToggle}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              d={sheet.open ? 'M4 4l8 8M12 4l-8 8' : collapsed ? 'M6 3l5 5-5 5' : 'M10 3L5 8l5 5'}
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            />
          </svg>
        </button>
      </div>
      <div id={listId} className="palette__body" hidden={folded}>
        <label className="visually-hidden" htmlFor={searchId}>
          {t('canvas.palette.search')}
        </label>
        <input
          ref={search}
          id={searchId}
          className="palette__search"
          type="search"
          value={query}
          placeholder={t('canvas.palette.searchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        <p className="palette__hint">{t('canvas.palette.hint')}</p>
        {groups.length === 0 && <p className="palette__empty">{t('canvas.palette.noMatch', { query })}</p>}
        {groups.map((g) => (
          <section key={g.id} className="palette__group" aria-labelledby={`${listId}-${g.id}`}>
            <h3 id={`${listId}-${g.id}`} className={`palette__group-title palette__group-title--${g.id}`}>
              {t(`canvas.palette.group.${g.id}`)}
            </h3>
            <p className="palette__group-hint">{t(`canvas.palette.groupHint.${g.id}`)}</p>
            <ul className="palette__items">
              {g.items.map(({ type, name }) => (
                <li key={type}>
                  <button
                    type="button"
                    className={`palette__item palette__item--${g.id}`}
                    draggable
                    onDragStart={(e) => onDragStart(e, type)}
                    onClick={() => add(type)}
                    aria-label={t('canvas.palette.add', { name })}
                    data-type={type}
                  >
                    <ServiceIcon type={type} size={20} />
                    <span className="palette__item-name">{name}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </aside>
  )
}
