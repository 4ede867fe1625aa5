/**
 * One point of a sweep: the document with the setting at a value, checked by the model and run in full (the app's
 * event budget), reduced to its figures (sim/views runMetrics). Deterministic: same document, setting and value ⇒
 * the same figures. Runs in the sweep worker (sweep.worker.ts); tests call it directly.
 */
import { parseScenario, resolveScenario, type Issue, type Scenario } from '../model'
import { simulate, type RunBudget } from '../sim'
import { runMetrics, type RunMetrics } from '../sim/views'
import { withSetting, type SweepSetting } from './sweepSettings'

export type SweepPoint =
  | {
      value: number
      ok: true
      metrics: RunMetrics
      /** The budget stopped the run: its figures cover only part. */ stopped: boolean
    }
  /** The model refused the document at this value: its first error (located; the UI words it from its code). */
  | { value: number; ok: false; issue: Issue }

/**
 * The app's own run budget (playback/run.ts's UI_BUDGET; sweep.test.ts checks they agree). Not imported from there:
 * that module reaches the run worker's plumbing, and the engine bench (node, no DOM) runs sweep points too.
 */
export const SWEEP_BUDGET: RunBudget = Object.freeze({ maxEvents: 20_000, maxTraceEntries: 200_000 })

export type SweepTargetRef = Pick<SweepSetting, 'target' | 'path'>

export function sweepPoint(doc: Scenario, setting: SweepTargetRef, value: number): SweepPoint {
  const changed = withSetting(doc, setting, value)
  if (changed === null)
    return {
      value,
      ok: false,
      issue: {
        path: `${setting.target.kind}:${setting.target.id}`,
        code: 'run.failed',
        message: 'The node or wire is no longer in the document.',
        severity: 'error',
        params: { message: 'The node or wire is no longer in the document.' },
      },
    }
  const parsed = parseScenario(changed)
  if (!parsed.ok) {
    const first = parsed.issues.find((i) => i.severity === 'error') ?? parsed.issues[0]!
    return { value, ok: false, issue: first }
  }
  const resolved = resolveScenario(parsed.scenario)
  const result = simulate(resolved, { budget: SWEEP_BUDGET })
  return { value, ok: true, metrics: runMetrics(result, resolved), stopped: result.stopped !== null }
}
