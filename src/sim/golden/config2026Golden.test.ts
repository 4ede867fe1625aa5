/**
 * Configuration refusals of the 2026 additions (reference §16): what AWS refuses before anything runs.
 * Each test names its source.
 */
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../model/index.ts'
import { scenarioDoc, type ScenarioInput } from '../testkit.ts'

function issuesOf(input: ScenarioInput) {
  const r = parseScenario(scenarioDoc(input))
  return r.ok ? r.warnings : r.issues
}

describe('configuration goldens (§16)', () => {
  it.each(['onSuccess', 'onFailure'] as const)(
    '§16 (PutFunctionEventInvokeConfig error, observed): a function as its own %s is refused with AWS’s message',
    (role) => {
      const issues = issuesOf({
        nodes: [{ id: 'fn', type: 'lambda' }],
        edges: [{ from: 'fn', to: 'fn', role }],
      })
      const own = issues.find((i) => i.code === 'lambda.selfDestination')
      expect(own).toMatchObject({ severity: 'error', path: 'edges[0].to', ref: '§16', params: { role } })
      expect(own?.message).toBe("You can't specify the function as a destination for itself.")
    },
  )

  it('§16: another function as destination stays valid', () => {
    const issues = issuesOf({
      nodes: [
        { id: 'fn', type: 'lambda' },
        { id: 'other', type: 'lambda' },
      ],
      edges: [{ from: 'fn', to: 'other', role: 'onFailure' }],
    })
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
  })
})
