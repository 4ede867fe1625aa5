/** The inspector shows, as each setting's AWS default, exactly what `resolveScenario` applies when it is left empty. */
import { describe, expect, it } from 'vitest'
import { parseScenario, resolveScenario, type Era, type NodeType, type Scenario } from '../../model'
import { edgeFields, NODE_FIELDS } from './fieldSpecs'

function resolved(era: Era, nodes: Scenario['nodes'], edges: Scenario['edges']) {
  const doc = {
    format: 'lambdascope/scenario@1',
    title: 'parity',
    era,
    seed: 1,
    durationMs: 60_000,
    nodes,
    edges,
    traffic: [],
    faults: [],
  }
  const parsed = parseScenario(doc)
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  return resolveScenario(parsed.scenario)
}

describe('inspector defaults = what resolve applies', () => {
  for (const era of ['2018', 'current'] as const) {
    for (const source of ['sqs', 'kinesis', 'dynamoDbStream'] as const) {
      it(`${era}: ${source} → lambda mapping`, () => {
        const s = resolved(
          era,
          [
            { id: 'src', type: source },
            { id: 'fn', type: 'lambda' },
          ],
          [{ id: 'm', from: 'src', to: 'fn' }],
        )
        const esm = s.edgeById.get('m')!.esm! as unknown as Record<string, unknown>
        const fields = edgeFields('eventSourceMapping', source).filter((f) => f.path[0] === 'config')
        expect(fields.length).toBeGreaterThanOrEqual(3)
        for (const f of fields) expect(f.defaultValue(era, null), `${f.id}`).toEqual(esm[f.path[1] as string])
      })
    }
    it(`${era}: sqs → sqs redrive maxReceiveCount`, () => {
      const s = resolved(
        era,
        [
          { id: 'q', type: 'sqs' },
          { id: 'dlq', type: 'sqs' },
        ],
        [{ id: 'r', from: 'q', to: 'dlq', role: 'dlq' }],
      )
      const [f] = edgeFields('dlq', 'sqs')
      expect(f!.defaultValue(era, null)).toBe(s.edgeById.get('r')!.maxReceiveCount)
    })
    it(`${era}: node settings left empty`, () => {
      let checked = 0
      for (const [type, fields] of Object.entries(NODE_FIELDS) as [NodeType, (typeof NODE_FIELDS)['lambda']][]) {
        if (type === 'account') continue
        const s = resolved(era, [{ id: 'n', type } as Scenario['nodes'][number]], [])
        const node = s.nodeById.get('n')!
        const config = node.config as Record<string, unknown>
        for (const f of fields ?? []) {
          const key = f.path[1] as string
          // a setting the era does not have is not offered (EraRule), so it shows no default to compare
          if (f.path.length !== 2 || f.path[0] !== 'config' || !(key in config) || (f.era && f.era.only !== era))
            continue
          expect(f.defaultValue(era, { id: 'n', type } as Scenario['nodes'][number]), `${type}.${key}`).toEqual(
            config[key],
          )
          checked++
        }
      }
      expect(checked).toBeGreaterThan(20)
    })
  }
})
