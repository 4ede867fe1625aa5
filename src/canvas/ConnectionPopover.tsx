import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { EdgeRole, NodeId } from '../model'
import type { Refusal } from '../store/connectionPlan'
import { useRefusalText } from './useRefusalText'

export type Point = { x: number; y: number }
/** Where the pointer let go, and the canvas size then (to keep the popover inside). */
export type Anchor = { at: Point; bounds: { width: number; height: number } }
export type ConnectionPopoverState =
  | ({ kind: 'choose'; from: NodeId; to: NodeId; toName: string; roles: EdgeRole[] } & Anchor)
  | ({ kind: 'refused' | 'notice'; refusal: Refusal } & Anchor)

const WIDTH = 320

/** Where the pointer was, kept inside the canvas. */
function place(at: Point, bounds: { width: number; height: number }) {
  return {
    left: Math.max(8, Math.min(at.x + 12, bounds.width - WIDTH - 8)),
    top: Math.max(8, Math.min(at.y + 12, bounds.height - 180)),
  }
}

/**
 * What a connection gesture ends in, shown where the pointer let go: the role menu (function → queue/topic/bus/
 * function/bucket) or the reason AWS refuses it (an alert, so screen readers hear it at once).
 */
export function ConnectionPopover({
  state,
  onChoose,
  onClose,
}: {
  state: ConnectionPopoverState
  onChoose: (role: EdgeRole) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const text = useRefusalText()
  const first = useRef<HTMLButtonElement>(null)
  useEffect(() => first.current?.focus(), [state])
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation()
      onClose()
    }
  }
  const style = place(state.at, state.bounds)
  if (state.kind === 'choose') {
    const title = t('canvas.connect.menuTitle', { to: state.toName })
    return (
      <div className="conn-pop conn-pop--menu" role="dialog" aria-label={title} style={style} onKeyDown={onKeyDown}>
        <p className="conn-pop__title">{title}</p>
        <ul className="conn-pop__options">
          {state.roles.map((role, i) => (
            <li key={role}>
              <button
                type="button"
                ref={i === 0 ? first : undefined}
                className="conn-pop__option"
                onClick={() => onChoose(role)}
              >
                <span className={`role-chip role-chip--${role}`}>{t(`edges.role.${role}`)}</span>
                <span className="conn-pop__option-text">{t(`edges.roleLong.${role}`)}</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button conn-pop__cancel" onClick={onClose}>
          {t('canvas.connect.cancel')}
        </button>
      </div>
    )
  }
  const refused = state.kind === 'refused'
  return (
    <div
      className={`conn-pop conn-pop--${state.kind}`}
      role={refused ? 'alert' : 'status'}
      style={style}
      onKeyDown={onKeyDown}
      data-testid="connection-refusal"
    >
      <p className="conn-pop__title">{t(refused ? 'canvas.connect.refusedTitle' : 'canvas.connect.noticeTitle')}</p>
      <p className="conn-pop__reason">
        {text(state.refusal)}{' '}
        <span className="conn-pop__ref" title={t('canvas.connect.refs', { ref: state.refusal.ref })}>
          ({state.refusal.ref})
        </span>
      </p>
      <button type="button" ref={first} className="button conn-pop__cancel" onClick={onClose}>
        {t('canvas.connect.dismiss')}
      </button>
    </div>
  )
}
