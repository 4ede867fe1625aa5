/**
 * The token index built in steps (tokenIndexSteps, spread over tasks by useSliced: issue #13) is the index the layer
 * drew from before: the same hops, states, response codes, falls and waits as the whole-run derivations of sim/views.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import apiGateway from '../../../examples/api-gateway.json'
import asyncDestinations from '../../../examples/async-destinations.json'
import kinesis from '../../../examples/kinesis-poison.json'
import s3Dlq from '../../../examples/s3-dlq.json'
import sqsRedrive from '../../../examples/sqs-redrive.json'
import type { Scenario } from '../../model'
import { lossesOf, retryWaits, tokenStateOf } from '../../sim/views'
import type { PlaybackRun } from '../../store/playback/run'
import { deriveRun } from '../../store/playback/runEngine'
import { pushScenarioArb } from '../../test/scenarioArbitraries'
import { PROPERTY_TIMEOUT_MS } from '../../test/timeouts'
import { buildTokenIndex, tokenIndexSteps } from './tokenIndex'
import { pump } from './useSliced'

/** The index as the whole-run views give it (what TokenLayer built in one render before the steps). */
function reference(run: Extract<PlaybackRun, { ok: true }>) {
  const hops = run.result.trace.filter((e) => e.type === 'hop')
  const sortedHops = [...hops].sort((a, b) => a.departMs - b.departMs || a.seq - b.seq)
  const codeOf = (h: (typeof hops)[number]) => {
    if (h.token !== 'response') return 0
    let code = 0
    for (const e of run.result.trace)
      if (e.type === 'response' && e.eventId === h.eventId && e.atMs <= h.departMs) code = e.statusCode
    return code >= 300 ? code : 0
  }
  return {
    hops: sortedHops,
    departs: sortedHops.map((h) => h.departMs),
    maxFlightMs: Math.max(0, ...hops.map((h) => h.arriveMs - h.departMs)),
    states: sortedHops.map((h) => tokenStateOf(h, run.resolved.edgeById.get(h.edgeId)?.role ?? null)),
    codes: sortedHops.map(codeOf),
    falls: lossesOf(run.result),
    waits: retryWaits(run.result),
  }
}

function check(doc: unknown): number {
  const run = deriveRun(doc as Scenario, [])
  if (!run.ok) throw new Error(run.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  // Driven one step per pump (a budget of 0 ms): the most interrupted build there is.
  const steps = tokenIndexSteps(run)
  let pumps = 1
  let built: ReturnType<typeof buildTokenIndex> | null = null
  while (!pump(steps, 0, (v) => (built = v))) pumps++
  const index = built! as ReturnType<typeof buildTokenIndex>
  const want = reference(run)
  expect(index.hops.hops).toEqual(want.hops)
  expect([...index.hops.departs]).toEqual(want.departs)
  expect(index.hops.maxFlightMs).toBe(want.maxFlightMs)
  expect(index.states).toEqual(want.states)
  expect(index.codes).toEqual(want.codes)
  expect(index.falls).toEqual(want.falls)
  expect(index.waits.waits).toEqual(want.waits)
  expect(buildTokenIndex(run)).toEqual(index)
  return pumps
}

describe('tokenIndexSteps', () => {
  for (const [name, doc] of Object.entries({ apiGateway, asyncDestinations, kinesis, s3Dlq, sqsRedrive }))
    it(`${name}: the stepped index equals the whole-run views`, () => {
      check(doc)
    })

  it('a burst of 3,000 events is built in many steps, to the same index', () => {
    const burst = {
      format: 'lambdascope/scenario@1',
      title: 'Burst',
      era: 'current',
      seed: 1,
      durationMs: 60_000,
      nodes: [
        { id: 'api', type: 'apiGateway', position: { x: 0, y: 0 } },
        { id: 'fn', type: 'lambda', position: { x: 300, y: 0 }, config: { durationMs: 100 } },
      ],
      edges: [{ from: 'api', to: 'fn' }],
      traffic: [{ source: 'api', kind: 'once', atMs: 0, count: 3_000 }],
      faults: [{ kind: 'fail', target: 'fn', atMs: 50 }],
    }
    expect(check(burst)).toBeGreaterThan(5)
  })

  it(
    'random push scenarios (fast-check)',
    () => {
      fc.assert(
        fc.property(pushScenarioArb, (doc) => {
          check(doc)
        }),
        { numRuns: 30 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
