import { useEffect } from 'react'
import type { AppStoreApi } from '../../store/createAppStore'

const STEP_KEYS = new Set(['.', ','])
const NON_TEXT_INPUTS = new Set(['range', 'checkbox', 'radio'])

/**
 * Where a key belongs to someone else: text fields, buttons (Space clicks them), sliders (arrows move them), menus,
 * and canvas nodes/wires (arrows move them). The step keys still work on a slider or checkbox: they type nothing there.
 */
export function keyBelongsElsewhere(target: EventTarget | null, key = ''): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (STEP_KEYS.has(key) && target instanceof HTMLInputElement && NON_TEXT_INPUTS.has(target.type)) return false
  if (['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'].includes(target.tagName)) return true
  return target.closest('[role="menu"], [role="dialog"], dialog, .react-flow__node, .react-flow__edge') !== null
}

/** Wall seconds of seek per arrow press (Shift: ten times as far), at the current speed. */
const SEEK_WALL_MS = 1000

/** Presenter keys: Space play/pause, `.` next moment, `,` previous moment, ←/→ seek. Never while typing. */
export function usePresenterKeys(store: AppStoreApi): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || keyBelongsElsewhere(e.target, e.key)) return
      const s = store.getState()
      const seekBy = (dir: number) => s.seek(s.positionMs + dir * SEEK_WALL_MS * s.speed * (e.shiftKey ? 10 : 1))
      if (e.key === ' ') s.toggle()
      else if (e.key === '.') s.stepForward()
      else if (e.key === ',') s.stepBack()
      else if (e.key === 'ArrowRight') seekBy(1)
      else if (e.key === 'ArrowLeft') seekBy(-1)
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [store])
}
