import { describe, expect, it } from 'vitest'
import { exampleFromSearch } from '../exampleFromUrl'
import { AUTOSAVE_KEY, writeAutosave } from '../persistence/autosave'
import { loadAutosave } from '../persistence/autosaveLoad'
import { adoptOpened, urlWithoutOpenState } from './adoptOpened'

const example = (name: string) => {
  const r = exampleFromSearch(`?example=${name}`)
  if (r.kind !== 'ok') throw new Error(name)
  return r.scenario
}
const memory = () => {
  const m = new Map<string, string>()
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    m,
  }
}

describe('opening a link or an example makes a copy the user owns', () => {
  it('sets the earlier work aside byte for byte before autosaving the opened document', () => {
    const s = memory()
    const mine = { ...example('s3-dlq'), title: 'Mine' }
    writeAutosave(s, mine)
    const raw = s.getItem(AUTOSAVE_KEY)
    const r = adoptOpened(s, example('kinesis-poison'), loadAutosave(s, 'x'), 'stamp')
    expect(r.keptAsideKey).toBe('lambdascope:set-aside:stamp')
    expect(s.getItem('lambdascope:set-aside:stamp')).toBe(raw)
    expect(s.getItem(AUTOSAVE_KEY)).toContain('Kinesis')
    // Opening another link over an untouched copy of the first sets nothing aside again.
    const again = adoptOpened(s, example('sqs-redrive'), loadAutosave(s, 'y'), 'stamp2')
    expect(again.keptAsideKey).toBeNull()
  })
  it('overwrites nothing when storage refuses the set-aside copy', () => {
    const s = memory()
    writeAutosave(s, { ...example('s3-dlq'), title: 'Mine' })
    const raw = s.getItem(AUTOSAVE_KEY)
    const full = {
      ...s,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    const r = adoptOpened(full, example('kinesis-poison'), loadAutosave(s, 'x'), 'stamp')
    expect(r).toEqual({ keptAsideKey: null, autosaved: false })
    expect(s.getItem(AUTOSAVE_KEY)).toBe(raw)
  })
  it('clears the state that opened the document from the URL, and nothing else', () => {
    expect(urlWithoutOpenState('http://h/app/?example=s3-dlq&era=2018&lang=ja#s=1.abc&t=5')).toBe('/app/?lang=ja')
    expect(urlWithoutOpenState('http://h/?bench=canvas200#canvas')).toBe('/?bench=canvas200#canvas')
  })
})
