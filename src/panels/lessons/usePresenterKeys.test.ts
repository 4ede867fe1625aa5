import { describe, expect, it } from 'vitest'
import { presenterCommand } from './usePresenterKeys'

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  presenterCommand({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods })

describe('presenter keys (a clicker sends PageUp/PageDown, arrows, B or "." to blank)', () => {
  it('chapters, blank, leave', () => {
    expect(['PageDown', 'ArrowRight', 'ArrowDown'].map((k) => key(k))).toEqual(['next', 'next', 'next'])
    expect(['PageUp', 'ArrowLeft', 'ArrowUp'].map((k) => key(k))).toEqual(['previous', 'previous', 'previous'])
    expect([key('b'), key('B'), key('.')]).toEqual(['blank', 'blank', 'blank'])
    expect(key('Escape')).toBe('leave')
  })
  it('playback from the keyboard: play/pause, playhead, speed', () => {
    expect([key(' '), key('k'), key('j'), key('l'), key('+'), key('-'), key('Home')]).toEqual([
      'toggle',
      'toggle',
      'seekBack',
      'seekForward',
      'faster',
      'slower',
      'replay',
    ])
  })
  it('leaves the browser’s own shortcuts alone', () => {
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull()
    expect(key('l', { metaKey: true })).toBeNull()
    expect(key('x')).toBeNull()
  })
})
