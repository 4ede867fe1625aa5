/** The env-vars lesson pinned to the reference (§8: key syntax, reserved keys, 4 KB; KMSAccessDeniedException 502). */
import { describe, expect, it } from 'vitest'
import { envVars } from './env-vars.lesson'
import { entriesOf, runOrThrow } from './run'
import type { Question } from './types'

const q = (id: string): Question => {
  const s = envVars.steps.find((x) => x.id === id)
  if (s?.kind !== 'question') throw new Error(id)
  return s.question
}

describe('env-vars lesson', () => {
  const run = runOrThrow(envVars.scenario)

  it('only TABLE_NAME is a key you may set; the map holds 4096 bytes', () => {
    expect(q('whichKey').answer(run)).toBe('TABLE_NAME')
    expect(q('size').answer(run)).toBe(4096)
  })

  it('without kms:Decrypt only the new environment fails: Lambda 502 KMSAccessDeniedException, API Gateway 500 (§5.2)', () => {
    expect(q('predictRevoked').answer(run)).toBe('newOnly')
    const refused = entriesOf(run, 'invoke.refused')
    expect(refused.map((r) => [r.eventId, r.errorType, r.statusCode])).toEqual([
      ['e3', 'KMSAccessDeniedException', 502],
    ])
    expect(q('predictRevoked').explain(run).params).toEqual({ lambdaStatus: 502, status: 500 })
  })
})
