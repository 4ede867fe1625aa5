import { describe, expect, it } from 'vitest'
import { embedParams } from './embedParams'

describe('embed parameters', () => {
  it('reads every parameter', () => {
    expect(
      embedParams(
        '?lang=ja&theme=dark&autoplay=1&speed=50&controls=minimal&start=1500&lesson=async-retries&step=2&focus=fn-1&load=click&origins=https://docs.example.com,https://x.test',
      ),
    ).toEqual({
      lang: 'ja',
      theme: 'dark',
      autoplay: true,
      speed: 50,
      controls: 'minimal',
      startMs: 1500,
      lesson: 'async-retries',
      step: 2,
      focus: 'fn-1',
      load: 'click',
      origins: ['https://docs.example.com', 'https://x.test'],
    })
  })
  it('falls back to defaults on anything malformed (an embed must still show something)', () => {
    expect(
      embedParams('?lang=xx&theme=neon&speed=-3&controls=all&start=soon&focus=<script>&origins=javascript:alert(1)'),
    ).toEqual({
      lang: null,
      theme: 'auto',
      autoplay: false,
      speed: null,
      controls: 'full',
      startMs: null,
      lesson: null,
      step: null,
      focus: null,
      load: 'auto',
      origins: [],
    })
  })
})
