import { describe, expect, it } from 'vitest'
import { en } from '../../i18n/en/index'
import { initI18n, i18next, registerLocale } from '../../i18n'
import { ja } from '../../i18n/ja/index'
import { REASON_REF, type ReasonCode, type TraceEvent } from '../../sim'
import { failingAsync, runResolved } from '../../sim/views/viewsTestkit'
import { DOC_LINKS } from './docLinks'
import { formatDuration } from './formatDuration'
import { lineText, narrate, reasonKey, type NarrationContext } from './narrate'
import { translatorOf } from './translate'
import { displayNames } from './displayNames'

initI18n('en')
// All of English (the first frame's list holds only what the first frame shows).
registerLocale('en', en)
registerLocale('ja', ja)

function lookup(tree: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, k) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined),
      tree,
    )
}

function context(lng: 'en' | 'ja', max: number | null = 3): NarrationContext {
  const t = translatorOf(i18next, lng)
  const names = displayNames(undefined, t)
  return { t, labelOf: (id) => id, eventName: names.event, envName: names.env, maxAttemptsOf: () => max }
}

describe('narration coverage', () => {
  const codes = Object.keys(REASON_REF) as ReasonCode[]

  it('every reason code has a rule phrase in English and in Japanese', () => {
    const missing = codes.flatMap((c) =>
      (['en', 'ja'] as const)
        .filter((lng) => typeof lookup(lng === 'en' ? en : ja, reasonKey(c)) !== 'string')
        .map((lng) => `${lng}:${c}`),
    )
    expect(missing).toEqual([])
  })

  it('every § a reason cites has an AWS documentation page', () => {
    const refs = new Set(Object.values(REASON_REF))
    expect([...refs].filter((r) => !DOC_LINKS[r])).toEqual([])
    for (const url of Object.values(DOC_LINKS))
      expect(url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/[a-z0-9-]+\.html$/)
  })

  it('narrates every entry of real runs in both languages with no placeholder left', () => {
    const runs = [runResolved(failingAsync(true)), runResolved(failingAsync(false, { reservedConcurrency: 0 }))]
    const seen = new Set<TraceEvent['type']>()
    for (const { result } of runs)
      for (const lng of ['en', 'ja'] as const) {
        const ctx = context(lng)
        for (const e of result.trace) {
          seen.add(e.type)
          const line = lineText(narrate(e, ctx, result.trace), ctx.t)
          expect(line, `${lng} ${e.type}/${e.reason}`).not.toMatch(/\{\{|narration\.|undefined/)
        }
      }
    expect(seen.size).toBeGreaterThanOrEqual(8)
  })
})

describe('narrate', () => {
  const { result } = runResolved(failingAsync(true))
  const retry = result.trace.find((e) => e.type === 'retry.scheduled' && e.nextAttempt === 3)!
  const failed = result.trace[retry.seq - 1]!

  it('says which attempt of how many failed, when the next try is and under which rule (§2.1)', () => {
    const ctx = context('en')
    expect(narrate(failed, ctx, result.trace).sentence).toBe(
      'Attempt 2 of 3 failed: function error (Error: Injected failure).',
    )
    const n = narrate(retry, ctx, result.trace)
    expect(n.kinds).toEqual(['retry'])
    expect(n.docUrl).toBe('https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html')
    expect(lineText(n, ctx.t)).toMatch(
      /^Next try in 2 min \(attempt 3, at T\+00:03:0\d\.\d{3}\) — async retry policy: 1 min, then 2 min after a function error \(§2\.1\)$/,
    )
  })

  it('speaks Japanese too', () => {
    const ctx = context('ja')
    expect(narrate(failed, ctx, result.trace).sentence).toBe(
      '2 回目の試行（全 3 回）が失敗：関数エラー（Error: Injected failure）。',
    )
    expect(lineText(narrate(retry, ctx, result.trace), ctx.t)).toContain('次の試行は 2 分後')
  })

  it('marks DLQ and lost lines for the filters, and drops "of N" when the limit is unknown', () => {
    const fate = result.trace.find((e) => e.type === 'event.fate')!
    expect(narrate(fate, context('en'), result.trace).kinds).toEqual(['dlq'])
    const lost = runResolved(failingAsync(false)).result
    expect(
      narrate(
        lost.trace.find((e) => e.type === 'event.fate')!,
        context('en'),
        lost.trace,
      ).kinds,
    ).toEqual(['lost'])
    expect(narrate(failed, context('en', null), result.trace).sentence).toMatch(/^Attempt 2 failed/)
  })

  it('formats durations in the largest fitting unit', () => {
    const t = translatorOf(i18next, 'en')
    expect([250, 1500, 60_000, 90_000, 7_200_000, 172_800_000].map((ms) => formatDuration(ms, t))).toEqual([
      '250 ms',
      '1.5 s',
      '1 min',
      '1.5 min',
      '2 h',
      '2 d',
    ])
  })
})
