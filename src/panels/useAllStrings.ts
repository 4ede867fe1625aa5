import { useEffect, useState } from 'react'
import { allStringsLoaded, loadEnglish } from '../i18n'
import { afterPaint } from '../store/afterPaint'

/**
 * True once every string of the page's language is loaded. English ships only its first frame's areas in the first
 * chunk (i18n/en/firstFrame.ts); the rest is fetched after the first paint (a frame, then a task, as `lazyPanel` does),
 * so a part that may be drawn at start-up but reads a deferred area (a banner listing issues) shows nothing rather than
 * a key until then: it appears a moment after the first frame (#16).
 */
export function useAllStrings(): boolean {
  const [ready, setReady] = useState(allStringsLoaded)
  useEffect(() => {
    if (ready) return
    let live = true
    const cancel = afterPaint(() => {
      // Offline before the chunk was cached: shown anyway (issues then read as the model's plain English).
      const show = () => {
        if (live) setReady(true)
      }
      loadEnglish().then(show, show)
    })
    return () => {
      live = false
      cancel()
    }
  }, [ready])
  return ready
}
