import { useEffect } from 'react'
import type { AppStoreApi } from '../../store/createAppStore'

export type PresenterCommand =
  'next' | 'previous' | 'toggle' | 'seekBack' | 'seekForward' | 'faster' | 'slower' | 'replay' | 'blank' | 'leave'

/**
 * A presentation clicker sends PageUp/PageDown (some send arrows, B or "." to blank the screen); a keyboard adds
 * play/pause, the playhead (J/L: previous/next moment) and the speed (+/−). Pure mapping, tested on its own.
 */
export function presenterCommand(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): PresenterCommand | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null
  switch (e.key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next'
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous'
    case ' ':
    case 'k':
    case 'K':
      return 'toggle'
    case 'j':
    case 'J':
      return 'seekBack'
    case 'l':
    case 'L':
      return 'seekForward'
    case '+':
    case '=':
      return 'faster'
    case '-':
    case '_':
      return 'slower'
    case 'Home':
      return 'replay'
    case 'b':
    case 'B':
    case '.':
      return 'blank'
    case 'Escape':
      return 'leave'
    default:
      return null
  }
}

/** Runs presenter commands from the whole window while presenter mode is on. `onNext` lets a question reveal first. */
export function usePresenterKeys(store: AppStoreApi, on: boolean, handlers: { next: () => void; blank: () => void }) {
  useEffect(() => {
    if (!on) return
    const onKey = (e: KeyboardEvent) => {
      const cmd = presenterCommand(e)
      if (!cmd) return
      e.preventDefault()
      e.stopPropagation()
      const s = store.getState()
      switch (cmd) {
        case 'next':
          return handlers.next()
        case 'previous':
          return s.lesson ? s.previousStep() : s.stepBack()
        case 'toggle':
          return s.toggle()
        case 'seekBack':
          return s.stepBack()
        case 'seekForward':
          return s.stepForward()
        case 'faster':
          return s.setSpeed(s.speed * 2)
        case 'slower':
          return s.setSpeed(s.speed / 2)
        case 'replay':
          return s.lesson ? s.replayStep() : s.seek(0)
        case 'blank':
          return handlers.blank()
        case 'leave':
          return s.setPresenter(false)
      }
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [store, on, handlers])
}
