import { parseScenario, resolveScenario, type Scenario } from '../model/index.ts'
import { simulate, type SimOptions, type SimResult } from './simulate.ts'
import type { TraceEvent } from './trace.ts'

export type ScenarioInput = Omit<Scenario, 'format' | 'title' | 'seed' | 'durationMs' | 'era' | 'traffic' | 'faults'> &
  Partial<Pick<Scenario, 'title' | 'seed' | 'durationMs' | 'era' | 'traffic' | 'faults'>>

/** Fill the boilerplate of a scenario document (tests, bench, examples). */
export function scenarioDoc(input: ScenarioInput): Scenario {
  return {
    format: 'lambdascope/scenario@1',
    title: input.title ?? 'test',
    era: input.era ?? 'current',
    seed: input.seed ?? 1,
    durationMs: input.durationMs ?? 3_600_000,
    traffic: [],
    faults: [],
    ...input,
  }
}

/** Tests state their horizon: a run stops at `durationMs` unless it asks to settle (the app's and CLI's default). */
export type TestRunOptions = SimOptions & { settle?: boolean }

export function testSimOptions(durationMs: number, opts: TestRunOptions): SimOptions {
  const { settle, ...rest } = opts
  return settle === true || rest.untilMs !== undefined ? rest : { ...rest, untilMs: durationMs }
}

/** Parse (failing loudly on a bad document), resolve and simulate (to `durationMs` unless `settle`). */
export function runScenario(input: ScenarioInput | Scenario, opts: TestRunOptions = {}): SimResult {
  const doc = 'format' in input ? input : scenarioDoc(input)
  const parsed = parseScenario(doc)
  if (!parsed.ok) throw new Error(`bad scenario: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`)
  return simulate(resolveScenario(parsed.scenario), testSimOptions(parsed.scenario.durationMs, opts))
}

export function ofType<T extends TraceEvent['type']>(
  trace: readonly TraceEvent[],
  type: T,
): Extract<TraceEvent, { type: T }>[] {
  return trace.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type)
}
