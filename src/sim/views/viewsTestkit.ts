/** Builders for the views' tests: parse + resolve + simulate, keeping the resolved scenario for limits. */
import { parseScenario, resolveScenario, type ResolvedScenario } from '../../model/index.ts'
import { simulate, type SimResult } from '../simulate.ts'
import { scenarioDoc, testSimOptions, type ScenarioInput, type TestRunOptions } from '../testkit.ts'

export function runResolved(
  input: ScenarioInput,
  opts: TestRunOptions = {},
): { result: SimResult; scenario: ResolvedScenario } {
  const parsed = parseScenario(scenarioDoc(input))
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  const scenario = resolveScenario(parsed.scenario)
  return { result: simulate(scenario, testSimOptions(scenario.durationMs, opts)), scenario }
}

export const S3_EVENT = { Records: [{ s3: { object: { key: 'photo.jpg' } } }] }

/** §2.1 G1/G3: an S3-triggered function that always fails, with or without a DLQ. */
export function failingAsync(withDlq: boolean, fnConfig: object = {}): ScenarioInput {
  return {
    durationMs: 600_000,
    nodes: [
      { id: 'bucket', type: 's3' },
      { id: 'fn', type: 'lambda', config: { durationMs: 500, ...fnConfig } },
      ...(withDlq ? [{ id: 'dlq', type: 'sqs' as const }] : []),
    ],
    edges: [{ from: 'bucket', to: 'fn' }, ...(withDlq ? [{ from: 'fn', to: 'dlq', role: 'dlq' as const }] : [])],
    traffic: [{ source: 'bucket', kind: 'once', atMs: 0, payload: S3_EVENT }],
    faults: [{ kind: 'fail', target: 'fn' }],
  }
}
