import { describe, expect, it } from 'vitest'
import { i18next, initI18n, registerLocale } from '../../i18n'
import { en as enMessages } from '../../i18n/en/index'
import { ja as jaMessages } from '../../i18n/ja/index'
import { failingAsync, runResolved } from '../../sim/views/viewsTestkit'
import { formatSimTime } from '../formatSimTime'
import { translatorOf } from '../narration/translate'
import { buildLogLines, filterLines, LogBuilder, transcriptText } from './buildLogLines'

initI18n('en')
// All of English (the first frame's list holds only what the first frame shows).
registerLocale('en', enMessages)
registerLocale('ja', jaMessages)
const { result, scenario } = runResolved(failingAsync(true))

describe('log lines', () => {
  it('narrated lazily in steps, they equal the whole run narrated at once', () => {
    const t = translatorOf(i18next, 'en')
    const whole = buildLogLines(result, scenario, t)
    const lazy = new LogBuilder(result, scenario, t)
    let n = 0
    for (const tMs of [0, 2_120, 70_000, 70_000, 183_720, result.untilMs]) n = lazy.upTo(tMs)
    expect(n).toBe(whole.length)
    expect(lazy.lines).toEqual(whole)
  })

  it('joins a failed attempt with what follows at the same instant, in both languages', () => {
    const en = buildLogLines(result, scenario, translatorOf(i18next, 'en'))
    const last = en[en.length - 1]!
    expect(last.kinds).toEqual(['error', 'dlq'])
    expect(last.text).toMatch(
      /^Attempt 3 of 3 failed: .*\. e1 is written to the dead-letter queue “dlq”\. e1 now waits in the DLQ — retries exhausted \(MaximumRetryAttempts\) \(§2\.1\)$/,
    )
    const ja = buildLogLines(result, scenario, translatorOf(i18next, 'ja'))
    expect(ja[ja.length - 1]!.text).toMatch(
      /^3 回目の試行（全 3 回）が失敗：関数エラー（Error: Injected failure）。e1 をデッドレターキュー「dlq」に書き込みます。e1 は DLQ に入りました — /,
    )
  })

  it('writes a transcript with sim times and doc links, and filters by node and kind', () => {
    const lines = buildLogLines(result, scenario, translatorOf(i18next, 'en'))
    const text = transcriptText(lines, formatSimTime)
    expect(text.split('\n')).toHaveLength(lines.length + 1)
    expect(text).toMatch(
      /^T\+00:00:00\.000 {2}e1 appears at bucket — traffic you defined \(§1\.2\) {2}<https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/lambda-services\.html>/,
    )
    expect(filterLines(lines, lines.length, { nodeId: 'dlq', kind: null }).length).toBe(1)
    expect(filterLines(lines, 3, { nodeId: null, kind: 'error' })).toEqual([])
  })
})
