import { handlerEvent } from '../../model/index.ts'
import type { Kernel } from '../kernel.ts'
import type { LiveEvent } from '../ledger.ts'

const envelopes = new WeakMap<Kernel, Map<string, number>>()

/**
 * §16.13: bytes of the request Lambda gets for `ev` from `sourceId`. An SNS-originated event wraps the message in
 * SNS's envelope (the Records/Sns fields, §11), measured once per topic from the same generator the inspector shows.
 */
export function requestBytes(k: Kernel, ev: LiveEvent, sourceId: string): number {
  const bytes = k.sizes.of(ev)
  const src = k.scenario.nodeById.get(sourceId)
  if (src?.type !== 'sns') return bytes
  let byTopic = envelopes.get(k)
  if (byTopic === undefined) envelopes.set(k, (byTopic = new Map()))
  let env = byTopic.get(sourceId)
  if (env === undefined) {
    const event = handlerEvent({
      sourceId,
      sourceType: 'sns',
      sourceAccountId: src.accountId,
      functionId: 'f',
      functionAccountId: src.accountId,
      region: k.scenario.region,
      atMs: 0,
      requestId: 'r',
      records: [{ id: 'e', payload: '', key: null, createdMs: 0 }],
    })
    env = JSON.stringify(event).length
    byTopic.set(sourceId, env)
  }
  return bytes + env
}
