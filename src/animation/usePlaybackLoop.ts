import { useEffect } from 'react'
import { useAppStoreApi } from '../store/useAppStore'
import { createPlaybackLoop, type FrameSource } from './playbackLoop'
import type { SimClock } from './simClock'

const browserFrames: FrameSource = {
  requestFrame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (id) => cancelAnimationFrame(id),
  now: () => performance.now(),
}

const documentVisibility = {
  isHidden: () => document.visibilityState === 'hidden',
  subscribe: (onChange: () => void) => {
    document.addEventListener('visibilitychange', onChange)
    return () => document.removeEventListener('visibilitychange', onChange)
  },
}

/** Runs the playback loop for this app's store while mounted (thin adapter; the logic is in playbackLoop.ts). */
export function usePlaybackLoop(clock: SimClock): void {
  const store = useAppStoreApi()
  useEffect(() => {
    const loop = createPlaybackLoop({ store, clock, frames: browserFrames, visibility: documentVisibility })
    return () => loop.dispose()
  }, [store, clock])
}
