/**
 * The editor's start reads a bundled example without the schema (#16): each example is valid, and what the start
 * shows is the document the schema reads (nothing added, nothing lost); anything else gets the validated reader's
 * answer.
 */
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../model'
import { exampleFromSearch } from '../exampleFromUrl'
import { bundledExampleNames, loadExampleText } from './bundledExamples'
import { readUrlAtStart, validatorNeededAtStart } from './openAtStart'
import { readUrl } from './openFromUrl'
import { COMPARISON_KEY } from '../persistence/comparisonSave'

describe('bundled examples at start', () => {
  it('are valid documents, and the start shows each exactly as the schema reads it', async () => {
    expect(bundledExampleNames().length).toBeGreaterThanOrEqual(12)
    for (const name of bundledExampleNames()) {
      const text = await loadExampleText(name)
      const parsed = parseScenario(JSON.parse(text ?? 'null'))
      expect(parsed.ok ? [] : parsed.issues, name).toEqual([])
      const atStart = await readUrlAtStart(`?example=${name}`, '')
      const validated = await readUrl(`?example=${name}`, '')
      expect(atStart, name).toEqual(validated)
      expect(atStart.kind === 'ok' && parsed.ok && atStart.scenario).toEqual(parsed.ok && parsed.scenario)
    }
  })

  it('gives the same answers as the validated reader for other URLs', async () => {
    for (const [search, hash] of [
      ['?example=no-such-example', ''],
      ['?example=', ''],
      ['?theme=dark', ''],
      ['?example=vpc-2018&era=current', ''],
      ['?example=s3-dlq&era=1999', ''],
      [`?scenario=${encodeURIComponent('{"title": 1}')}`, ''],
      ['', '#s=1.garbled'],
      ['?example=s3-dlq', '#s=9.x'],
    ] as const)
      expect(await readUrlAtStart(search, hash), `${search}${hash}`).toEqual(await readUrl(search, hash))
    const era = await readUrlAtStart('?example=vpc-2018&era=current', '')
    expect(era.kind === 'ok' && era.scenario.era).toBe('current')
    expect(exampleFromSearch('?example=vpc-2018&era=current').kind).toBe('ok')
  })

  it('needs the validator before the first frame only for input that is not our own', () => {
    const none = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined }
    const comparison = { ...none, getItem: (k: string) => (k === COMPARISON_KEY ? '{}' : null) }
    expect(validatorNeededAtStart('?example=s3-dlq', '', none)).toBe(false)
    expect(validatorNeededAtStart('', '', none)).toBe(false)
    expect(validatorNeededAtStart('', '', null)).toBe(false)
    expect(validatorNeededAtStart('', '#s=1.abc&t=5', none)).toBe(true)
    expect(validatorNeededAtStart('?scenario=%7B%7D', '', none)).toBe(true)
    expect(validatorNeededAtStart('?example=s3-dlq&era=2018', '', none)).toBe(true)
    expect(validatorNeededAtStart('', '', comparison)).toBe(true)
  })
})
