import { describe, expect, it } from 'vitest'
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
})
