import { describe, expect, it, vi } from 'vitest'
import { NODE_WIDTH } from '../../store/nodeSize'
import {
  cachedMeasurer,
  FIT_SLACK_PX,
  pageTextMeasurer,
  TEXT_COLUMN_PX,
  textFits,
  type TextMeasurer,
} from './nodeTextFit'

/** A measurer where every character is `perCharPx` wide. */
const monospace =
  (perCharPx: number): TextMeasurer =>
  (text) =>
    text.length * perCharPx

describe('the text column', () => {
  it('is what the node box leaves after borders, padding, icon and gap (canvas.css)', () => {
    expect(NODE_WIDTH).toBe(184)
    expect(TEXT_COLUMN_PX).toBe(184 - 4 - 1 - 10 - 12 - 34 - 10)
  })
})

describe('textFits', () => {
  it('a text narrower than the column fits; a wider one does not', () => {
    expect(textFits('short', 'label', monospace(8))).toBe(true)
    expect(textFits('x'.repeat(20), 'label', monospace(8))).toBe(false) // 160 px
  })

  it('a text within the slack of the column clips anyway (canvas and layout round differently)', () => {
    const exactly =
      (px: number): TextMeasurer =>
      () =>
        px
    expect(textFits('t', 'type', exactly(TEXT_COLUMN_PX - FIT_SLACK_PX))).toBe(true)
    expect(textFits('t', 'type', exactly(TEXT_COLUMN_PX - FIT_SLACK_PX + 0.01))).toBe(false)
    expect(textFits('t', 'type', exactly(TEXT_COLUMN_PX))).toBe(false)
  })

  it('without a measurer every line clips, as before the measuring', () => {
    expect(textFits('a', 'label', null)).toBe(false)
    expect(textFits('', 'type', null)).toBe(false)
  })
})

describe('cachedMeasurer', () => {
  it('measures each line in its own font, in the given family', () => {
    const measureFont = vi.fn((text: string, font: string) => (font.startsWith('650 13px') ? 2 : 1) * text.length)
    const measure = cachedMeasurer(measureFont, 'system-ui, sans-serif')
    expect(measure('abc', 'label')).toBe(6)
    expect(measure('abc', 'type')).toBe(3)
    expect(measureFont.mock.calls).toEqual([
      ['abc', '650 13px system-ui, sans-serif'],
      ['abc', '400 11px system-ui, sans-serif'],
    ])
  })

  it('measures a text once per line however often a node renders', () => {
    const measureFont = vi.fn((text: string) => text.length)
    const measure = cachedMeasurer(measureFont, 'sans-serif')
    for (let i = 0; i < 5; i++) measure('Lambda function', 'type')
    expect(measureFont).toHaveBeenCalledTimes(1)
  })

  it('starts over when full instead of growing without bound', () => {
    const measureFont = vi.fn((text: string) => text.length)
    const measure = cachedMeasurer(measureFont, 'sans-serif', 3)
    for (const text of ['a', 'b', 'c', 'd', 'a']) measure(text, 'label')
    expect(measureFont).toHaveBeenCalledTimes(5) // 'a' was dropped with the rest when 'd' came
    expect(measure('d', 'label')).toBe(1)
    expect(measureFont).toHaveBeenCalledTimes(5)
  })
})

describe('pageTextMeasurer', () => {
  it('is null where there is no canvas (node, jsdom), so nodes keep their clips', () => {
    expect(pageTextMeasurer()).toBeNull()
  })
})
