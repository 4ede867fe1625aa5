import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { resources } from '../i18n/resources'
import { issueText } from '../i18n/issueText'
import { exampleFromSearch, exampleNames } from './exampleFromUrl'

describe('?example= hook', () => {
  it('opens a bundled example by name', () => {
    const r = exampleFromSearch('?example=s3-dlq')
    expect(r.kind).toBe('ok')
    if (r.kind === 'ok') expect(r.scenario.title).toMatch(/DLQ/)
    expect(exampleNames()).toContain('kinesis-poison')
  })
  it('reports an unknown name with the names that exist', () => {
    const r = exampleFromSearch('?example=nope')
    expect(r.kind === 'error' && r.issues[0]?.message).toMatch(/s3-dlq/)
  })
  it('shows an example in the other era on request, and refuses an unknown era', () => {
    const r = exampleFromSearch('?example=vpc-2018&era=current')
    expect(r.kind === 'ok' && r.scenario.era).toBe('current')
    expect(exampleFromSearch('?example=vpc-2018&era=1999').kind).toBe('error')
  })
  it('does nothing without the parameter', () => {
    expect(exampleFromSearch('?theme=dark')).toEqual({ kind: 'none' })
  })
  it('says a bad link in Japanese too, with the names and eras to use', async () => {
    const ja = i18next.createInstance()
    await ja.init({ resources, lng: 'ja', fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false })
    const unknown = exampleFromSearch('?example=nope')
    if (unknown.kind !== 'error') throw new Error('expected an error')
    expect(issueText(ja, unknown.issues[0]!)).toBe(
      `「nope」という例はありません。次のいずれかを指定してください: ${exampleNames().join(', ')}。`,
    )
    const era = exampleFromSearch('?example=s3-dlq&era=2019')
    if (era.kind !== 'error') throw new Error('expected an error')
    expect(issueText(ja, era.issues[0]!)).toBe(
      '「2019」という時代はありません。current / 2018 のいずれかを指定してください。',
    )
  })
})
