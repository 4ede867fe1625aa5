/**
 * The node chips' fold moved in steps (advanceNodeRuntime, used by the canvas to spread a 40,000-entry fold over
 * several tasks, issue #13) gives the same picture as folding in one go, at any instant and any step size.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScenario, resolveScenario, type Scenario } from '../../model/index.ts'
import { pushScenarioArb, streamArb } from '../../test/scenarioArbitraries.ts'
import { simulate } from '../simulate.ts'
import { PROPERTY_TIMEOUT_MS } from '../../test/timeouts.ts'
import { advanceNodeRuntime, nodeRuntimeAt } from './nodeRuntime.ts'

function run(doc: Scenario) {
  const parsed = parseScenario(doc)
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '))
  const scenario = resolveScenario(parsed.scenario)
  return { scenario, result: simulate(scenario, { untilMs: Math.min(scenario.durationMs, 200_000) }) }
}

/** The fold from the start, in one go (t = -1 restarts it: nothing has happened by then). */
function whole(r: ReturnType<typeof run>, t: number) {
  nodeRuntimeAt(r.result, r.scenario, -1)
  return nodeRuntimeAt(r.result, r.scenario, t)
}

function stepped(r: ReturnType<typeof run>, t: number, step: number) {
  nodeRuntimeAt(r.result, r.scenario, -1)
  let steps = 0
  while (!advanceNodeRuntime(r.result, r.scenario, t, step)) steps++
  return { picture: nodeRuntimeAt(r.result, r.scenario, t), steps }
}

describe('advanceNodeRuntime', () => {
  it(
    'stepped folds equal the whole fold, at any instant and step size (fast-check)',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            pushScenarioArb,
            streamArb(120_000).map((g) => g.scenario),
          ),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.integer({ min: 1, max: 40 }),
          (doc, at, step) => {
            const r = run(doc)
            const trace = r.result.trace
            const t = trace.length === 0 ? 0 : trace[Math.floor(at * (trace.length - 1))]!.atMs
            const { picture } = stepped(r, t, step)
            expect(picture).toEqual(whole(r, t))
          },
        ),
        { numRuns: 40 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('takes at most maxEntries entries a call, and says when it has reached t', () => {
    const r = run(pushScenarioSample())
    const end = r.result.untilMs
    const n = r.result.trace.filter((e) => e.atMs <= end).length
    expect(n).toBeGreaterThan(10)
    expect(stepped(r, end, 3).steps).toBe(Math.ceil(n / 3) - 1)
    // Moving on from where it stopped folds only what is new; moving back restarts from the start.
    const mid = r.result.trace[Math.floor(n / 2)]!.atMs
    expect(stepped(r, mid, 1_000_000).picture).toEqual(whole(r, mid))
    expect(advanceNodeRuntime(r.result, r.scenario, end, 0)).toBe(false)
    expect(advanceNodeRuntime(r.result, r.scenario, end, n)).toBe(true)
    expect(nodeRuntimeAt(r.result, r.scenario, end)).toEqual(whole(r, end))
  })
})

function pushScenarioSample(): Scenario {
  return fc.sample(pushScenarioArb, { seed: 7, numRuns: 1 })[0]!
}
