/**
 * The original side of a comparison (#19) as a store of its own, so every canvas view reads the original's run. It
 * follows the app's one transport (playhead, status, selected event, speed), and what is injected into it (a fault
 * menu on the left canvas) goes back into the comparison: the diff strip is computed from the two runs as played.
 */
import { createAppStore, type AppStoreApi } from './createAppStore'
import type { CompareState } from './forkRun'
import type { TimedFault } from './playback/inputs'

/** The highest `injected-N` number in use, so the pane's next input gets a fresh id. */
const lastInputNumber = (inputs: readonly TimedFault[]) =>
  Math.max(0, ...inputs.map((i) => Number(/^injected-(\d+)$/.exec(i.id)?.[1] ?? 0)))

export function createOriginalStore(main: AppStoreApi, compare: CompareState): AppStoreApi {
  const m = main.getState()
  const store = createAppStore({ scenario: compare.original, theme: m.theme, locale: m.locale })
  // The very same inputs array: runs are memoised on (document, inputs) identity, a copy would re-simulate each read.
  store.setState({
    injected: compare.originalInjected as TimedFault[],
    injectedCount: lastInputNumber(compare.originalInjected),
    positionMs: m.positionMs,
    status: m.status,
    selectedEventId: m.selectedEventId,
    speed: m.speed,
  })
  return store
}

/**
 * Keeps the original's store and the app's in step; returns the way to stop. The transport flows from the app to the
 * pane; a selected event flows both ways; the pane's inputs flow into the comparison (`setOriginalInjected`).
 */
export function linkOriginalStore(main: AppStoreApi, store: AppStoreApi): () => void {
  const follow = main.subscribe((m, prev) => {
    if (
      m.positionMs !== prev.positionMs ||
      m.status !== prev.status ||
      m.selectedEventId !== prev.selectedEventId ||
      m.speed !== prev.speed
    )
      store.setState({ positionMs: m.positionMs, status: m.status, selectedEventId: m.selectedEventId, speed: m.speed })
  })
  const lead = store.subscribe((o, prev) => {
    if (o.selectedEventId !== prev.selectedEventId && o.selectedEventId !== main.getState().selectedEventId)
      main.getState().selectEvent(o.selectedEventId)
    if (o.injected !== prev.injected && o.injected !== main.getState().compare?.originalInjected)
      main.getState().setOriginalInjected(o.injected)
  })
  return () => {
    follow()
    lead()
  }
}
