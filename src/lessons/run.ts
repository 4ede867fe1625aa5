/**
 * Runs a lesson's scenario through the model and the engine, exactly as the app does (parse → resolve → simulate),
 * and reads moments from the trace. Questions, conditions and task checks all read a `LessonRun`.
 */
import { parseScenario, resolveScenario, type Issue, type ResolvedScenario, type Scenario } from '../model'
import { simulate, type SimResult, type TraceEvent } from '../sim'
import type { Condition } from './types'

export interface LessonRun {
  scenario: Scenario
  resolved: ResolvedScenario
  result: SimResult
}

export type LessonRunResult = { ok: true; run: LessonRun } | { ok: false; issues: Issue[] }

/** Parse (every error located), resolve, simulate. Pure: the same document gives the same run. */
export function runScenario(doc: Scenario): LessonRunResult {
  const parsed = parseScenario(doc)
  if (!parsed.ok) return { ok: false, issues: parsed.issues }
  const resolved = resolveScenario(parsed.scenario)
  return { ok: true, run: { scenario: parsed.scenario, resolved, result: simulate(resolved) } }
}

/** For lesson data whose scenario is known good: throws with the located issues otherwise (a lesson bug). */
export function runOrThrow(doc: Scenario): LessonRun {
  const r = runScenario(doc)
  if (!r.ok) throw new Error(`lesson scenario invalid: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`)
  return r.run
}

function matches(e: TraceEvent, c: Condition): boolean {
  switch (c.kind) {
    case 'time':
      return e.atMs >= c.atMs
    case 'fate':
      return e.type === 'event.fate' && e.fate === c.fate && (c.nodeId === undefined || e.nodeId === c.nodeId)
    case 'message':
      // The token's arrival: the moment the canvas shows the message reaching the node.
      return e.type === 'hop' && e.token === 'message' && e.toNodeId === c.nodeId
    case 'attemptEnd':
      return e.type === 'invoke.end' && e.nodeId === c.nodeId && e.attempt === c.attempt
    case 'failure':
      return e.type === 'invoke.end' && e.nodeId === c.nodeId && e.result !== 'success'
    case 'refused':
      return e.type === 'invoke.refused' && e.nodeId === c.nodeId
    case 'settled':
      return false
  }
}

/**
 * When the condition first holds in the run (sim ms), or null when it never does. `time` holds at its own time;
 * `settled` at the last entry of the trace.
 */
export function conditionAtMs(run: LessonRun, c: Condition): number | null {
  const trace = run.result.traceStore
  if (c.kind === 'time') return Math.min(c.atMs, run.result.untilMs)
  if (c.kind === 'settled') return trace.length === 0 ? 0 : trace.atMsOf(trace.length - 1)
  for (let i = 0; i < trace.length; i++) {
    const e = trace.get(i)
    if (matches(e, c)) return e.type === 'hop' ? e.arriveMs : e.atMs
  }
  return null
}

/** Trace entries of one type, typed (for questions that count or measure). */
export function entriesOf<T extends TraceEvent['type']>(run: LessonRun, type: T): Extract<TraceEvent, { type: T }>[] {
  return run.result.trace.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type)
}

/** How many events ended with each fate (in-flight ones included). */
export function fateCounts(run: LessonRun): Record<string, number> {
  const out: Record<string, number> = {} // safe-keys: fates, not user text
  for (const ev of run.result.events) out[ev.fate] = (out[ev.fate] ?? 0) + 1
  return out
}
