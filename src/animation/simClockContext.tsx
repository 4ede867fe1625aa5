import { createContext, useContext, useState, type ReactNode } from 'react'
import { createSimClock, type SimClock } from './simClock'
import { usePlaybackLoop } from './usePlaybackLoop'

const SimClockContext = createContext<SimClock | null>(null)

/** One sim clock per app (or embed), driven by the playback loop while mounted. */
export function PlaybackRuntime({ children }: { children: ReactNode }) {
  const [clock] = useState(() => createSimClock())
  usePlaybackLoop(clock)
  return <SimClockContext.Provider value={clock}>{children}</SimClockContext.Provider>
}

export function useSimClock(): SimClock {
  const clock = useContext(SimClockContext)
  if (!clock) throw new Error('useSimClock must be used inside <PlaybackRuntime>')
  return clock
}
