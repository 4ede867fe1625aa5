import { createContext, useContext } from 'react'
import type { SimClock } from './simClock'

export const SimClockContext = createContext<SimClock | null>(null)

export function useSimClock(): SimClock {
  const clock = useContext(SimClockContext)
  if (!clock) throw new Error('useSimClock must be used inside <PlaybackRuntime>')
  return clock
}
