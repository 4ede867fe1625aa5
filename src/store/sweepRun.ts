/**
 * One point of a sweep: the document with the setting at a value, checked by the model and run in full (the app's
 * event budget), reduced to its figures (sim/views runMetrics). Deterministic: same document, setting and value ⇒
 * the same figures. Runs in the sweep worker (sweep.worker.ts); tests call it directly.
 */
import type { Scenario } from '../model'
import { simulate } from '../sim'
import { runMetrics, type RunMetrics } from '../sim/views'
import { prepareRun, UI_BUDGET } from './playbackSliceRun'
import { withSetting, type SweepSetting } from './sweepSettings'

export type SweepPoint =
  | { value: number; ok: true; metrics: RunMetrics; /** The budget stopped the run: its figures cover only part. */ stopped: boolean }
  /** The model refused the document at this value (the first error, located). */
  | { value: number; ok: false; path: string; code: string; message: string }

export type SweepTargetRef = Pick<SweepSetting, 'target' | 'path'>

export function sweepPoint(doc: Scenario, setting: SweepTargetRef, value: number): SweepPoint {
  const changed = withSetting(doc, setting, value)
  if (changed === null) return { value, ok: false, path: `${setting.target.kind}:${setting.target.id}`, code: 'sweep.targetGone', message: 'The node or wire is no longer in the document.' }
  const prepared = prepareRun(changed, [])
  if (!prepared.ok) {
    const first = prepared.issues.find((i) => i.severity === 'error') ?? prepared.issues[0]
    return { value, ok: false, path: first?.path ?? '(document)', code: first?.code ?? 'run.failed', message: first?.message ?? '' }
  }
  const result = simulate(prepared.resolved, { budget: UI_BUDGET })
  return { value, ok: true, metrics: runMetrics(result, prepared.resolved), stopped: result.stopped !== null }
}
