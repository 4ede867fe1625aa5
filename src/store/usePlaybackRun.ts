import { useDeferredValue } from 'react'
import type { PlaybackRun } from './playbackSliceRun'
import { selectPlaybackRun } from './playbackSliceSelectors'
import { useAppStore } from './useAppStore'

/**
 * The run, for views that derive much from it (tokens, node overlays, log, captions, drawer). A new run reaches them
 * in a deferred render that React splits into short tasks between components, instead of one commit that builds every
 * view of a 20,000-event run at once (a long task of hundreds of ms, issue #13). The status and the transport read
 * `selectPlaybackRun` directly and change at once.
 */
export function useDeferredPlaybackRun(): PlaybackRun {
  return useDeferredValue(useAppStore(selectPlaybackRun))
}
