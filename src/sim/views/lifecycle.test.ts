import { describe, expect, it } from 'vitest'
import { eventLifecycleAt } from './lifecycle.ts'
import { failingAsync, runResolved } from './viewsTestkit.ts'

describe('eventLifecycleAt', () => {
  it('§2.1 G3: async, always failing, DLQ → queued, 3 attempts with 1 min / 2 min waits, then DLQ', () => {
    const { result, scenario } = runResolved(failingAsync(true))
    const end = eventLifecycleAt(result, 'e1', result.untilMs, scenario)!
    expect(end.kind).toBe('async')
    expect(end.path.map((s) => s.state)).toEqual([
      'created',
      'queued',
      'invoking',
      'init',
      'running',
      'failed',
      'waiting',
      'invoking',
      'running',
      'failed',
      'waiting',
      'invoking',
      'running',
      'failed',
      'dlq',
    ])
    expect(end).toMatchObject({ attempt: 3, maxAttempts: 3, fate: 'dead-lettered', nextRetryAtMs: null })
    const firstFail = end.path.find((s) => s.state === 'failed')!
    // Half-way through the first wait: attempt 1 of 3, the retry one minute after the failure.
    const mid = eventLifecycleAt(result, 'e1', firstFail.atMs + 30_000, scenario)!
    expect(mid.current?.state).toBe('waiting')
    expect(mid.current?.reason).toBe('async.retryAfterError')
    expect(mid.current?.ref).toBe('§2.1')
    expect(mid.nextRetryAtMs).toBe(firstFail.atMs + 60_000)
    expect(mid.attempt).toBe(1)
    expect(mid.fate).toBe('in-flight')
  })

  it('§2.1 G1: without a DLQ the event ends discarded; before it exists there is no lifecycle', () => {
    const { result, scenario } = runResolved(failingAsync(false))
    expect(eventLifecycleAt(result, 'e1', result.untilMs, scenario)?.current?.state).toBe('discarded')
    expect(eventLifecycleAt(result, 'e1', -1, scenario)).toBeNull()
    expect(eventLifecycleAt(result, 'nope', result.untilMs, scenario)).toBeNull()
  })

  it('§7.2 G32: a 2018 VPC cold start shows ENI attach before Init; mid-init the current state is Init', () => {
    const { result, scenario } = runResolved({
      era: '2018',
      nodes: [
        { id: 'cli', type: 'client' },
        { id: 'net', type: 'vpc' },
        { id: 'fn', type: 'lambda', parentId: 'net', config: { durationMs: 100 } },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'once', atMs: 0 }],
    })
    const lc = eventLifecycleAt(result, 'e1', result.untilMs, scenario)!
    expect(lc.kind).toBe('sync')
    const states = lc.path.map((s) => s.state)
    expect(states.slice(0, 5)).toEqual(['requested', 'invoking', 'eniAttach', 'init', 'running'])
    const eni = lc.path.find((s) => s.state === 'eniAttach')!
    const init = lc.path.find((s) => s.state === 'init')!
    expect(init.atMs - eni.atMs).toBe(10_000) // eniAttachMs default
    expect(eventLifecycleAt(result, 'e1', init.atMs + 10, scenario)?.current?.state).toBe('init')
    expect(lc.fate).toBe('succeeded')
  })
})
