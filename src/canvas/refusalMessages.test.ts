import { describe, expect, it } from 'vitest'
import { EDGE_ROLES, ERAS, NODE_TYPES, connectionRule } from '../model'
import { en } from '../i18n/en/index'
import { ja } from '../i18n/ja/index'

const key = (code: string) => code.replace('.', '_')

describe('connection refusals are translated', () => {
  it('has an English and a Japanese sentence for every reason the model gives for refusing a wiring', () => {
    const codes = new Set<string>()
    for (const era of ERAS)
      for (const a of NODE_TYPES)
        for (const b of NODE_TYPES)
          for (const role of EDGE_ROLES) {
            const v = connectionRule(a.type, b.type, role, era)
            if (!v.ok) codes.add(v.code)
          }
    // Document-wide checks the store runs on a new edge (one DLQ, FIFO targets…) and the store's own codes.
    for (const c of [
      'lambda.oneDlq',
      'lambda.oneDestination',
      'lambda.selfDestination',
      'edge.fifoTarget',
      'edge.redriveFifoMismatch',
      'dlq.onlyAsync',
      'access.notSameVpc',
      'access.noSgRule',
      'esm.visibilityBelowTimeout',
      'edge.crossAccount',
    ])
      codes.add(c)
    for (const c of [
      'edge.duplicate',
      'edge.selfLoop',
      'edge.noRole',
      'edge.joinByNesting',
      'edge.unknownNode',
      'edge.roleNeeded',
    ])
      codes.add(c)
    expect(codes.size).toBeGreaterThan(15)
    // The model's rules read their one sentence from issues.text; the store's own codes from canvas.connect.reason.
    const has = (tree: typeof en | typeof ja, c: string) => {
      const [group = '', name = ''] = c.split('.')
      const texts: Record<string, Record<string, string>> = tree.issues.text
      const reasons: Record<string, string> = tree.canvas.connect.reason
      return key(c) in reasons || name in (texts[group] ?? {})
    }
    expect([...codes].filter((c) => !has(en, c))).toEqual([])
    expect([...codes].filter((c) => !has(ja, c))).toEqual([])
  })
})
