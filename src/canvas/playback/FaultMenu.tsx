import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { formatSimTime } from '../../animation/formatSimTime'
import { selectPositionMs } from '../../store/playback/selectors'
import { useAppStore } from '../../store/useAppStore'
import type { FaultOption } from './faultOptions'

export interface FaultMenuProps {
  /** The node's or wire's name as the learner knows it (labels, never internal ids). */
  targetName: string
  options: FaultOption[]
  /** Where it was asked for, in viewport (client) coordinates; the menu moves to stay inside the window. */
  at: { x: number; y: number }
  onPick: (option: FaultOption) => void
  onClose: () => void
}

/** How close to the window's edges the menu may sit. */
const EDGE_PX = 4

/**
 * A menu of faults for one node or wire: focus moves into it, arrows move, Enter picks, Escape closes. It is portalled
 * to the body, fixed: inside React Flow's stacking context the caption strip and panels would cover it.
 */
export function FaultMenu({ targetName, options, at, onPick, onClose }: FaultMenuProps) {
  const { t } = useTranslation()
  // The time a pick injects at is the playhead's when picked: while playing the title follows it (not the opening
  // time).
  const positionMs = useAppStore(selectPositionMs)
  const title = t('faults.menuLabel', { time: formatSimTime(Math.round(positionMs)), target: targetName })
  const menu = useRef<HTMLDivElement>(null)
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]
  useLayoutEffect(() => {
    const el = menu.current
    if (!el) return
    const box = el.getBoundingClientRect()
    const x = Math.max(EDGE_PX, Math.min(at.x, window.innerWidth - box.width - EDGE_PX))
    const y = Math.max(EDGE_PX, Math.min(at.y, window.innerHeight - box.height - EDGE_PX))
    el.style.left = `${x}px`
    el.style.top = `${y}px`
  }, [at.x, at.y])
  useEffect(() => {
    items()[0]?.focus()
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node)) onClose()
    }
    window.addEventListener('pointerdown', away)
    return () => window.removeEventListener('pointerdown', away)
  }, [onClose])
  const onKeyDown = (e: KeyboardEvent) => {
    const list = items()
    const i = list.indexOf(document.activeElement as HTMLButtonElement)
    const go = (n: number) => list[(n + list.length) % list.length]?.focus()
    if (e.key === 'ArrowDown') go(i + 1)
    else if (e.key === 'ArrowUp') go(i - 1)
    else if (e.key === 'Home') go(0)
    else if (e.key === 'End') go(list.length - 1)
    else if (e.key === 'Escape' || e.key === 'Tab') onClose()
    else return
    e.preventDefault()
    e.stopPropagation()
  }
  const labelOf = (o: FaultOption) =>
    o.key === 'failNext'
      ? o.count === 1
        ? t('faults.failNextOne')
        : t('faults.failNext', { count: o.count })
      : o.key === 'revokePermission'
        ? t('faults.revokePermission', { permission: t(`inputs.options.${o.permission}`) })
        : t(`faults.${o.key}`)
  return createPortal(
    <div
      ref={menu}
      className="fault-menu"
      role="menu"
      aria-label={t('faults.menuAria', { target: targetName })}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
      data-testid="fault-menu"
    >
      <div className="fault-menu__title" aria-hidden="true">
        {title}
      </div>
      {options.length === 0 ? (
        <button type="button" role="menuitem" className="fault-menu__item" onClick={onClose}>
          {t('faults.nothing')}
        </button>
      ) : (
        options.map((o) => (
          <button
            key={`${o.key}${o.key === 'failNext' ? o.count : ''}`}
            type="button"
            role="menuitem"
            className="fault-menu__item"
            onClick={() => onPick(o)}
          >
            {labelOf(o)}
          </button>
        ))
      )}
    </div>,
    document.body,
  )
}
