import type { ResolvedScenario } from '../../model'
import type { SimResult } from '../../sim'
import { eventLifecycleAt } from '../../sim/views'
import { StateMachineView } from './StateMachineView'

/**
 * The side sheet's body for the selected event: its statechart at `nowMs`, or `notYet` before it exists. Its own chunk
 * with the chart (drawerParts.ts): the drawer's bar, in the first frame, reads no view of the run (#16).
 */
export function SelectedEventChart({
  result,
  scenario,
  eventId,
  nowMs,
  notYet,
}: {
  result: SimResult
  scenario: ResolvedScenario | undefined
  eventId: string
  nowMs: number
  notYet: string
}) {
  const lifecycle = eventLifecycleAt(result, eventId, nowMs, scenario)
  return lifecycle ? (
    <StateMachineView lifecycle={lifecycle} nowMs={nowMs} />
  ) : (
    <p className="trace-drawer__norun">{notYet}</p>
  )
}
