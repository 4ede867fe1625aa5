import { useEffect } from 'react'
import type { AppStoreApi } from '../store/createAppStore'

/** Where keys belong to someone else: text fields, buttons (Space clicks them), menus, and canvas nodes/wires (arrows move them). */
export function keyBelongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'].includes(target.tagName)) return true
  return target.closest('[role="menu"], [role="dialog"], dialog, .react-flow__node, .react-flow__edge') !== null
}

/** Wall seconds of seek per arrow press (Shift: ten times as far), at the current speed. */
const SEEK_WALL_MS = 1000

/** Presenter keys: Space play/pause, `.` next moment, `,` previous moment, ←/→ seek. Never while typing. */
export function usePresenterKeys(store: AppStoreApi): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || keyBelongsElsewhere(e.target)) return
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
