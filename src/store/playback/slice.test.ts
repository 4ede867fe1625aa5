import { describe, expect, it } from 'vitest'
import s3Dlq from '../../../examples/s3-dlq.json'
import type { Scenario } from '../../model'
import { createAppStore } from '../createAppStore'
import { selectPlaybackRun, traceCountAt } from './selectors'
import { busySpansOf, isBusyAt, nodeRuntimeAt } from '../../sim/views'
import { nextMoment, previousMoment, type PlaybackRun } from './run'

/** The node chips' picture at t (sim/views reads the run the store memoised). */
const runtimeAt = (run: PlaybackRun, t: number) =>
  run.ok ? nodeRuntimeAt(run.result, run.resolved, t) : new Map<string, never>()

const doc = s3Dlq as Scenario
const withoutFault: Scenario = { ...doc, faults: [] }

function storeWith(scenario: Scenario) {
  const store = createAppStore()
  store.getState().replaceScenario(scenario)
  return store
}

describe('playback run (derived, memoised)', () => {
  it('derives the run once per document + inputs and reuses it', () => {
    const store = storeWith(doc)
    const a = selectPlaybackRun(store.getState())
    store.getState().seek(90_000)
    store.getState().setSpeed(100)
    expect(selectPlaybackRun(store.getState())).toBe(a)
    store.getState().injectFault({ kind: 'fault', fault: { kind: 'recover', target: 'thumbnailer' } })
    expect(selectPlaybackRun(store.getState())).not.toBe(a)
  })

  it('S3 → failing function: three attempts 1 min then 2 min apart, then the DLQ (§2.1, §2.4, G1)', () => {
    const run = selectPlaybackRun(storeWith(doc).getState())
    if (!run.ok) throw new Error('run should be valid')
    const starts = run.result.trace.filter((e) => e.type === 'invoke.start').map((e) => e.atMs)
    expect(starts).toEqual([1070, 62120, 182920])
    expect(run.result.trace.some((e) => e.type === 'event.fate' && e.fate === 'dead-lettered')).toBe(true)
    expect(run.health.buckets.filter((b) => b.errors > 0)).toHaveLength(3) // three attempts, minutes apart: three slices
    expect(run.health.buckets.some((b) => b.lost > 0)).toBe(false)
  })

  it('marks the lost event on the health bar when there is no DLQ (§2.1 discarded)', () => {
    const noDlq: Scenario = {
      ...doc,
      nodes: doc.nodes.filter((n) => n.id !== 'thumbnailer-dlq'),
      edges: doc.edges.filter((e) => e.role !== 'dlq'),
    }
    const run = selectPlaybackRun(storeWith(noDlq).getState())
    expect(run.ok && run.health.buckets.some((b) => b.lost > 0)).toBe(true)
  })

  it('reports located issues instead of a run for a broken document, and will not play', () => {
    const broken: Scenario = { ...doc, edges: [...doc.edges, { from: 'thumbnailer', to: 'nowhere' }] }
    const store = storeWith(broken)
    const run = selectPlaybackRun(store.getState())
    expect(run.ok).toBe(false)
    if (!run.ok) expect(run.issues[0]?.path).toMatch(/^edges\[2\]/)
    store.getState().play()
    expect(store.getState().status).toBe('idle')
  })
})

describe('transport actions', () => {
  it('plays, pauses, toggles and restarts from the start after the end', () => {
    const s = storeWith(doc)
    s.getState().play()
    expect(s.getState().status).toBe('playing')
    s.getState().toggle()
    expect(s.getState().status).toBe('paused')
    s.getState().play()
    s.getState().advanceTo(10_000_000)
    expect(s.getState()).toMatchObject({ status: 'ended', positionMs: 600_000 })
    s.getState().play()
    expect(s.getState()).toMatchObject({ status: 'playing', positionMs: 0 })
  })

  it('seeks with clamping; seeking back from the end leaves "ended"', () => {
    const s = storeWith(doc)
    s.getState().seek(-5)
    expect(s.getState().positionMs).toBe(0)
    s.getState().play()
    s.getState().seek(700_000)
    expect(s.getState()).toMatchObject({ positionMs: 600_000, status: 'ended' })
    s.getState().seek(1000)
    expect(s.getState()).toMatchObject({ positionMs: 1000, status: 'paused' })
  })

  it('steps to the next and previous trace moments, pausing', () => {
    const s = storeWith(doc)
    s.getState().play()
    s.getState().stepForward()
    expect(s.getState()).toMatchObject({ status: 'paused', positionMs: 1000 })
    s.getState().stepForward()
    expect(s.getState().positionMs).toBe(1050) // the hop's arrival is a moment too
    s.getState().seek(62_000)
    s.getState().stepForward()
    expect(s.getState().positionMs).toBe(62_120) // attempt 2
    s.getState().stepBack()
    expect(s.getState().positionMs).toBe(2120) // attempt 1 failed
  })

  it('finds moments on fractional positions (the loop reports fractions)', () => {
    const run = selectPlaybackRun(storeWith(doc).getState())
    expect(nextMoment(run, 1000.5)).toBe(1050)
    expect(previousMoment(run, 1000.5)).toBe(1000)
    expect(previousMoment(run, 1000)).toBe(null)
  })

  it('clamps speed to 1×…10,000×', () => {
    const s = storeWith(doc)
    s.getState().setSpeed(0.1)
    expect(s.getState().speed).toBe(1)
    s.getState().setSpeed(1e9)
    expect(s.getState().speed).toBe(10_000)
    s.getState().setSpeed(Number.NaN)
    expect(s.getState().speed).toBe(1)
  })

  it('merges adjacent skipped gaps and ignores empty ones', () => {
    const s = storeWith(doc)
    s.getState().markSkippedGap(3000, 60_000)
    s.getState().markSkippedGap(60_000, 61_000)
    s.getState().markSkippedGap(5, 5)
    expect(s.getState().skippedGaps).toEqual([{ fromMs: 3000, toMs: 61_000 }])
  })

  it('keeps its state serialisable (lessons and embeds drive playback through the store)', () => {
    const s = storeWith(doc)
    s.getState().seek(70_000)
    s.getState().injectFault({ kind: 'event', source: 'uploads' })
    const { status, speed, positionMs, skipIdle, selectedEventId, injected, skippedGaps, seenUntilMs, lastInjection } =
      s.getState()
    const plain = {
      status,
      speed,
      positionMs,
      skipIdle,
      selectedEventId,
      injected,
      skippedGaps,
      seenUntilMs,
      lastInjection,
    }
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain)
  })
})

describe('injecting while playing', () => {
  it('a recovery injected after attempt 1 changes the future: attempt 2 succeeds, no DLQ (fork noted)', () => {
    const s = storeWith(doc)
    s.getState().seek(200_000) // everything seen
    s.getState().seek(30_000)
    const id = s.getState().injectFault({ kind: 'fault', fault: { kind: 'recover', target: 'thumbnailer' } })
    expect(s.getState().lastInjection).toEqual({ inputId: id, atMs: 30_000, forked: true, seenUntilMs: 200_000 })
    const run = selectPlaybackRun(s.getState())
    if (!run.ok) throw new Error('run should be valid')
    const fates = run.result.trace
      .filter((e) => e.type === 'event.fate')
      .map((e) => (e.type === 'event.fate' ? e.fate : ''))
    expect(fates).toEqual(['succeeded'])
    // the past is the same trace as before
    const before = selectPlaybackRun(storeWith(doc).getState())
    if (!before.ok) throw new Error('run should be valid')
    const past = (r: typeof run) => r.result.trace.slice(0, traceCountAt(r, 30_000))
    expect(past(run)).toEqual(past(before))
  })

  it('an injection at the frontier is not a fork', () => {
    const s = storeWith(withoutFault)
    s.getState().advanceTo(5000)
    s.getState().injectFault({ kind: 'fault', fault: { kind: 'fail', target: 'thumbnailer' } })
    expect(s.getState().lastInjection?.forked).toBe(false)
  })

  it('"send an event now" adds one event at the current time', () => {
    const s = storeWith(withoutFault)
    s.getState().seek(20_000)
    s.getState().injectFault({ kind: 'event', source: 'uploads' })
    const run = selectPlaybackRun(s.getState())
    if (!run.ok) throw new Error('run should be valid')
    const created = run.result.trace.filter((e) => e.type === 'event.created').map((e) => e.atMs)
    expect(created).toEqual([1000, 20_000])
  })

  it('drops inputs whose target was deleted from the document, instead of breaking the run', () => {
    const s = storeWith(withoutFault)
    s.getState().injectFault({ kind: 'fault', fault: { kind: 'fail', target: 'thumbnailer' } })
    s.getState().removeElements({ nodeIds: ['thumbnailer'] })
    expect(selectPlaybackRun(s.getState()).ok).toBe(true)
  })
})

describe('node runtime at t (folded from the trace)', () => {
  it('S3 → DLQ: cold init, busy, then one retry waiting, then a DLQ message (§7.1, §2.1, §2.4)', async () => {
    const run = selectPlaybackRun(storeWith(doc).getState())
    const at = (t: number) => runtimeAt(run, t)
    expect(at(1100).get('thumbnailer')?.envs).toEqual({ eni: 0, init: 1, warm: 0, busy: 0 })
    expect(at(1500).get('thumbnailer')?.envs.busy).toBe(1)
    expect(at(30_000).get('thumbnailer')).toMatchObject({ waitingRetry: 1, errors: 1, inUse: 0 })
    expect(at(190_000).get('thumbnailer-dlq')?.messagesIn).toBe(1)
    expect(at(190_000).get('thumbnailer')?.waitingRetry).toBe(0)
    // going back in time gives the earlier picture again
    expect(at(30_000).get('thumbnailer-dlq')?.messagesIn).toBe(0)
  })

  it('2018 VPC cold start attaches an ENI first; the current era does not (§7.2, §7.3)', async () => {
    const vpc = (await import('../../../examples/vpc-2018.json')).default as Scenario
    const old = selectPlaybackRun(storeWith(vpc).getState())
    expect(runtimeAt(old, 5000).get('reports')?.envs.eni).toBe(5)
    const now = selectPlaybackRun(storeWith({ ...vpc, era: 'current' }).getState())
    const envs = runtimeAt(now, 100).get('reports')?.envs
    expect(envs?.eni).toBe(0)
  })
})

describe('busy spans (what skip-idle never skips)', () => {
  it('merges hops and invocations; a retry wait is idle, a running attempt is not', async () => {
    const run = selectPlaybackRun(storeWith(doc).getState())
    if (!run.ok) throw new Error('run should be valid')
    expect(run.busySpans.slice(0, 6)).toEqual([1000, 1050, 1070, 2120, 62_120, 62_920])
    expect(isBusyAt(run.busySpans, 1500)).toBe(true)
    expect(isBusyAt(run.busySpans, 30_000)).toBe(false)
    expect(isBusyAt(run.busySpans, 2120)).toBe(false)
    expect(busySpansOf({ trace: [] }, 10)).toEqual([])
  })
})

describe('streams (needs the pollers)', () => {
  it('a poison record blocks one shard, its iterator age climbs, the other shards go on (§3.2, G17)', async () => {
    const kinesis = (await import('../../../examples/kinesis-poison.json')).default as Scenario
    const run = selectPlaybackRun(storeWith(kinesis).getState())
    if (!run.ok) throw new Error('run should be valid')
    const a = runtimeAt(run, 60_000).get('clicks')
    const b = runtimeAt(run, 120_000).get('clicks')
    expect(a?.blockedShards).toBe(1)
    expect(b?.blockedShards).toBe(1)
    expect((b?.iteratorAgeMs ?? 0) - (a?.iteratorAgeMs ?? 0)).toBeGreaterThanOrEqual(59_000)
    const checkpoints = run.result.trace.filter(
      (e) => e.type === 'source.step' && e.reason === 'esm.checkpoint' && e.atMs > 60_000 && e.atMs < 120_000,
    )
    const blocked = run.result.trace.find((e) => e.type === 'source.step' && e.reason === 'esm.shardBlocked')
    const advancing = new Set(checkpoints.map((e) => (e.type === 'source.step' ? e.shardId : '')))
    expect(advancing.size).toBeGreaterThanOrEqual(2) // (one of the 4 shards gets none of the 5 keys)
    expect(blocked?.type === 'source.step' && advancing.has(blocked.shardId)).toBe(false)
  })
})

describe('injected stream and wire faults', () => {
  it('"add a poison record" at T+5 s blocks a shard from then on (§3.2)', async () => {
    const kinesis = (await import('../../../examples/kinesis-poison.json')).default as Scenario
    const s = storeWith({ ...kinesis, faults: [] })
    expect(runtimeAt(selectPlaybackRun(s.getState()), 60_000).get('clicks')?.blockedShards).toBe(0)
    s.getState().seek(5000)
    s.getState().injectFault({ kind: 'poisonRecord', stream: 'clicks' })
    const run = selectPlaybackRun(s.getState())
    expect(runtimeAt(run, 4000).get('clicks')?.blockedShards).toBe(0)
    expect(runtimeAt(run, 60_000).get('clicks')?.blockedShards).toBe(1)
  })

  it('revoking the trigger permission makes later events fail to invoke (§10)', () => {
    const s = storeWith(withoutFault)
    s.getState().injectFault({
      kind: 'fault',
      fault: { kind: 'revokePermission', target: 'uploads->thumbnailer', permission: 'invoke' },
    })
    const run = selectPlaybackRun(s.getState())
    if (!run.ok) throw new Error('run should be valid')
    expect(run.result.trace.some((e) => e.type === 'invoke.start')).toBe(false)
  })
})
