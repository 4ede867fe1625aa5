import { useEffect } from 'react'
import { useAppStoreApi } from '../../store/useAppStore'

/**
 * Ends a play step at its stop: the store's position moves at event rate and a stop is a trace moment, so the first
 * position at or past it (or the end of the run) pauses there. Nothing per frame.
 */
export function useLessonStop() {
  const store = useAppStoreApi()
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        const stop = s.lesson?.stopAtMs
        if (stop === null || stop === undefined) return
        if (s.positionMs === prev.positionMs && s.status === prev.status) return
        if (s.positionMs >= stop || s.status === 'ended') s.reachLessonStop()
      }),
    [store],
  )
}
