/** classify.ts is the one reading of reason codes (scripts/oneReading.test.ts checks nobody else classifies them). */
import { describe, expect, it } from 'vitest'
import { entryKinds, fateClass, shardEffect, tokenStateOf } from './classify.ts'

describe('one reading of the trace', () => {
  it('§3.2: a throttled or failed batch blocks its shard until it leaves; the on-failure message is no step', () => {
    expect(
      ['esm.shardBlocked', 'esm.throttled', 'esm.retryBatch', 'esm.bisect'].map((r) => shardEffect(r as never)),
    ).toEqual(['block', 'block', 'block', 'block'])
    expect(
      ['esm.checkpoint', 'esm.recordExpired', 'esm.recordAgeExceeded', 'esm.retriesExhausted'].map((r) =>
        shardEffect(r as never),
      ),
    ).toEqual(['release', 'release', 'release', 'release'])
    expect(shardEffect('esm.onFailure')).toBeNull()
    expect(shardEffect('esm.partialBatch')).toBeNull()
  })

  it('fates: lost, parked, failed, delivered', () => {
    expect(fateClass('discarded')).toBe('lost')
    expect(fateClass('rejected')).toBe('lost')
    expect(fateClass('sent-to-destination')).toBe('parked')
    expect(fateClass('failed-to-caller')).toBe('failed')
    expect(fateClass('succeeded')).toBe('delivered')
    expect(tokenStateOf({ reason: 'esm.retryBatch' })).toBe('retry')
    const redrive = {
      seq: 0,
      atMs: 0,
      type: 'message.sent',
      reason: 'sqs.redrive',
      ref: '§4.1',
      eventId: 'e1',
      edgeId: 'q->dlq',
      nodeId: 'dlq',
      message: {},
    } as const
    expect(entryKinds(redrive)).toEqual(['dlq'])
  })
})
