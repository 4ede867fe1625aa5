import { describe, expect, it } from 'vitest'
import { completeEdit } from './docPath'

const defaults = (k: string) => (k === 'maxAttempts' ? 0 : undefined)
const retryDelay = ['config', 'retry', 'baseDelayMs'] as const
const retryMax = ['config', 'retry', 'maxAttempts'] as const

describe('completeEdit: objects with required keys stay whole', () => {
  it('brings the required key along when the object is absent', () => {
    expect(completeEdit({ id: 'c' }, retryDelay, 200, ['maxAttempts'], defaults)).toEqual({
      path: ['config', 'retry'],
      value: { maxAttempts: 0, baseDelayMs: 200 },
    })
  })
  it('sets a field in place when the object exists', () => {
    const node = { config: { retry: { maxAttempts: 3 } } }
    expect(completeEdit(node, retryDelay, 200, ['maxAttempts'], defaults)).toEqual({ path: retryDelay, value: 200 })
    expect(completeEdit(node, retryMax, 5, ['maxAttempts'], defaults)).toEqual({ path: retryMax, value: 5 })
  })
  it('removes the object with its required key when nothing else is in it, and never drops the other settings', () => {
    const node = { config: { retry: { maxAttempts: 3, baseDelayMs: 50 } } }
    expect(completeEdit(node, retryMax, undefined, ['maxAttempts'], defaults)).toEqual({ path: retryMax, value: 0 })
    expect(completeEdit(node, retryDelay, undefined, ['maxAttempts'], defaults)).toEqual({
      path: retryDelay,
      value: undefined,
    })
    expect(
      completeEdit({ config: { retry: { maxAttempts: 3 } } }, retryMax, undefined, ['maxAttempts'], defaults),
    ).toEqual({ path: ['config', 'retry'], value: undefined })
  })
  it('passes plain fields through', () => {
    expect(completeEdit({}, ['config', 'timeoutMs'], 5000, [], defaults)).toEqual({
      path: ['config', 'timeoutMs'],
      value: 5000,
    })
  })
})
