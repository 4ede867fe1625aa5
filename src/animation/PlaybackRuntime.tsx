import { useState, type ReactNode } from 'react'
import { createSimClock } from './simClock'
import { SimClockContext } from './simClockContext'
import { usePlaybackLoop } from './usePlaybackLoop'

/** One sim clock per app (or embed), driven by the playback loop while mounted. */
export function PlaybackRuntime({ children }: { children: ReactNode }) {
  const [clock] = useState(() => createSimClock())
  usePlaybackLoop(clock)
  return <SimClockContext.Provider value={clock}>{children}</SimClockContext.Provider>
}
