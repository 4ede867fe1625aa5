/**
 * What each function's experiment handler must do, from the scenario's faults and the function's `returns`: the
 * handler reads this plan (JSON in an environment variable) and fails the way the simulation does. Times are ms from
 * the experiment's start (the driver stamps each event with it).
 */
import type { HandlerReturns } from '../../model/handlerReturn.ts'
import type { ResolvedScenario } from '../../model/resolve.ts'

export type PlannedFault =
  | { kind: 'fail'; fromMs: number; untilMs: number | null }
  | { kind: 'failAttempts'; fromMs: number; untilMs: number | null; fromAttempt: number; toAttempt: number }
  | { kind: 'failNext'; fromMs: number; untilMs: number | null; count: number }
  | { kind: 'failProbability'; fromMs: number; untilMs: number | null; p: number }
  | { kind: 'timeout'; fromMs: number; untilMs: number | null; durationMs: number | null }
  | { kind: 'returns'; fromMs: number; untilMs: number | null; returns: HandlerReturns }
  | {
      kind: 'poison'
      fromMs: number
      untilMs: number | null
      key: string | null
      index: number | null
      response: 'throw' | 'reportItemFailure'
    }

export interface FunctionPlan {
  functionId: string
  /** The simulated handler time (ms) the experiment handler sleeps; AWS adds its own overheads. */
  durationMs: number
  returns: HandlerReturns | null
  faults: PlannedFault[]
}

/** Faults that live in the handler; the rest (throttle, revoked permissions, ENI exhaustion, duplicates) do not. */
export const HANDLER_FAULTS = new Set([
  'fail',
  'failAttempts',
  'failNext',
  'failProbability',
  'timeout',
  'returns',
  'poisonRecord',
])

export function functionPlan(s: ResolvedScenario, functionId: string): FunctionPlan {
  const fn = s.nodeById.get(functionId)
  const sources = new Set(
    s.edges.filter((e) => e.to === functionId && e.role === 'eventSourceMapping').map((e) => e.from),
  )
  const faults: PlannedFault[] = []
  for (const f of s.faults) {
    const when = { fromMs: f.atMs, untilMs: f.endMs >= Number.MAX_SAFE_INTEGER ? null : f.endMs }
    if (f.kind === 'poisonRecord') {
      if (sources.has(f.target))
        faults.push({
          kind: 'poison',
          ...when,
          key: f.key ?? null,
          index: f.index ?? null,
          response: f.response ?? 'throw',
        })
      continue
    }
    if (f.target !== functionId) continue
    switch (f.kind) {
      case 'fail':
        faults.push({ kind: 'fail', ...when })
        break
      case 'failAttempts':
        faults.push({ kind: 'failAttempts', ...when, fromAttempt: f.fromAttempt, toAttempt: f.toAttempt })
        break
      case 'failNext':
        faults.push({ kind: 'failNext', ...when, count: f.count })
        break
      case 'failProbability':
        faults.push({ kind: 'failProbability', ...when, p: f.p })
        break
      case 'timeout':
        faults.push({ kind: 'timeout', ...when, durationMs: f.durationMs ?? null })
        break
      case 'returns':
        faults.push({ kind: 'returns', ...when, returns: f.returns })
        break
      default:
        break
    }
  }
  return {
    functionId,
    durationMs: fn?.type === 'lambda' ? fn.config.durationMs : 100,
    returns: fn?.type === 'lambda' ? fn.config.returns : null,
    faults,
  }
}
