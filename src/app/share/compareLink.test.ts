import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../model'
import { createAppStore } from '../../store/createAppStore'
import { exampleFromSearch } from '../exampleFromUrl'
import { applyShareView, shareStateOf } from './applyShare'
import { decodeShareHash, encodeShareHash } from './shareLink'

const kinesis = (() => {
  const r = exampleFromSearch('?example=kinesis-poison')
  if (r.kind !== 'ok') throw new Error('example')
  return r.scenario
})()

async function roundTrip(store: ReturnType<typeof createAppStore>) {
  const encoded = await encodeShareHash(shareStateOf(store))
  if (!encoded.ok) throw new Error('encode')
  const decoded = await decodeShareHash(encoded.hash)
  if (decoded.kind !== 'ok') throw new Error(JSON.stringify(decoded))
  return { hash: encoded.hash, state: decoded.state }
}

describe('a comparison in the share link (#19)', () => {
  it('is written as version 2 and reopens the same comparison; a plain link stays version 1', async () => {
    const store = createAppStore()
    store.getState().openDocument(kinesis)
    expect((await roundTrip(store)).hash).toMatch(/^s=1\./)
    store.getState().seek(30_000)
    store.getState().injectFault({ kind: 'poisonRecord', stream: 'clicks' })
    store.getState().startFork()
    store.getState().updateEdge('clicks-esm', {
      config: { batchSize: 100, startingPosition: 'TRIM_HORIZON', bisectOnError: true, maxRetryAttempts: 2 },
    })
    const { hash, state } = await roundTrip(store)
    expect(hash).toMatch(/^s=2\./)
    const opened = createAppStore({ scenario: state.scenario })
    applyShareView(opened, state.inputs, state.view)
    const c = opened.getState().compare
    expect(c).toMatchObject({ kind: 'fork', atMs: 30_000 })
    expect(c?.original).toEqual(kinesis)
    expect(c?.originalInjected.map((i) => i.id)).toEqual(['injected-1'])
    expect(opened.getState().scenario).toEqual(store.getState().scenario)
  })

  it('a broken original is refused with its location, never half-opened', async () => {
    const store = createAppStore()
    store.getState().openDocument(kinesis)
    store.getState().startFork()
    const state = shareStateOf(store)
    const broken = {
      ...state,
      view: {
        ...state.view,
        compare: { ...state.view.compare!, original: { ...kinesis, nodes: 'x' } as unknown as Scenario },
      },
    }
    const encoded = await encodeShareHash(broken)
    if (!encoded.ok) throw new Error('encode')
    const decoded = await decodeShareHash(encoded.hash)
    expect(decoded.kind).toBe('error')
    if (decoded.kind === 'error') expect(decoded.issues[0]?.path).toMatch(/^#s\/compare\/original/)
  })
})
