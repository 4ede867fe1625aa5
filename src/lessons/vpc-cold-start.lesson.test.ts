/**
 * The VPC lesson pinned to the reference (§7.2: ≈10 s ENI attach per new environment in 2018, G32; §7.3: none today).
 */
import { describe, expect, it } from 'vitest'
import { vpcColdStart } from './vpc-cold-start.lesson'
import { runOrThrow } from './run'
import { scenarioAt } from './steps'
import type { Question } from './types'

const at = (id: string) => vpcColdStart.steps.findIndex((x) => x.id === id)
const q = (id: string): Question => {
  const s = vpcColdStart.steps[at(id)]
  if (s?.kind !== 'question') throw new Error(id)
  return s.question
}

describe('vpc-cold-start lesson', () => {
  it('2018: 10 s before the first handler, the second call warm; today: only the function’s own start-up', () => {
    const run2018 = runOrThrow(vpcColdStart.scenario)
    expect(q('predict2018').answer(run2018)).toBe(10)
    expect(q('secondCall').answer(run2018)).toBe('warm')
    const today = runOrThrow(scenarioAt(vpcColdStart, at('predictToday')))
    expect(today.scenario.era).toBe('current')
    expect(q('predictToday').answer(today)).toBe('short')
    expect(q('predictToday').explain(today).params).toEqual({ ms: 250 })
  })
})
