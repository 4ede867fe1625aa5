import { NODE_BORDER_LEFT_PX, NODE_BORDER_RIGHT_PX, NODE_WIDTH } from '../../store/nodeSize'

/**
 * The service node's box as canvas.css draws it (`.service-node` grid): change both together. The text column's
 * width follows from it, so a label can be measured without laying out the node.
 */
export const SERVICE_NODE_BOX = {
  borderLeftPx: NODE_BORDER_LEFT_PX,
  borderRightPx: NODE_BORDER_RIGHT_PX,
  paddingLeftPx: 10,
  paddingRightPx: 12,
  iconPx: 34,
  iconGapPx: 10,
} as const

const box = SERVICE_NODE_BOX
/** Width of the label / service-name column (113 px for a 184 px node). */
export const TEXT_COLUMN_PX =
  NODE_WIDTH -
  box.borderLeftPx -
  box.borderRightPx -
  box.paddingLeftPx -
  box.paddingRightPx -
  box.iconPx -
  box.iconGapPx

/** The two text lines' fonts, mirroring `.service-node__label` and `.service-node__type` in canvas.css. */
export const TEXT_LINE_FONT = {
  label: { weight: 650, sizePx: 13 },
  type: { weight: 400, sizePx: 11 },
} as const
export type TextLine = keyof typeof TEXT_LINE_FONT

/** Width in CSS px of a text in a line's font. */
export type TextMeasurer = (text: string, line: TextLine) => number

/**
 * Canvas text metrics and layout can round glyph advances differently: a text within this much of the column clips
 * anyway (clipping a text that fits shows nothing different; not clipping one that overflows would).
 */
export const FIT_SLACK_PX = 1

/**
 * Whether a line fits its column unclipped. Without a measurer (no canvas, as in jsdom) it never does, so the line
 * clips as it always did.
 */
export function textFits(text: string, line: TextLine, measure: TextMeasurer | null): boolean {
  if (!measure) return false
  return measure(text, line) <= TEXT_COLUMN_PX - FIT_SLACK_PX
}

/** Remembers each (line, text) width: labels and service names repeat across nodes and renders. */
export function cachedMeasurer(
  measureFont: (text: string, font: string) => number,
  fontFamily: string,
  maxEntries = 4000,
): TextMeasurer {
  const widths = new Map<string, number>()
  const fonts = {
    label: `${TEXT_LINE_FONT.label.weight} ${TEXT_LINE_FONT.label.sizePx}px ${fontFamily}`,
    type: `${TEXT_LINE_FONT.type.weight} ${TEXT_LINE_FONT.type.sizePx}px ${fontFamily}`,
  }
  return (text, line) => {
    const key = `${line}\u0000${text}`
    let width = widths.get(key)
    if (width === undefined) {
      if (widths.size >= maxEntries) widths.clear() // labels typed one key at a time must not grow it forever
      width = measureFont(text, fonts[line])
      widths.set(key, width)
    }
    return width
  }
}

let shared: TextMeasurer | null | undefined
/**
 * One measurer for the page, made on first use: an offscreen 2D canvas in the page's font family (the body's, which
 * nodes inherit). Null where there is no canvas.
 */
export function pageTextMeasurer(): TextMeasurer | null {
  if (shared !== undefined) return shared
  const context =
    typeof OffscreenCanvas === 'function' && typeof document !== 'undefined'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : null
  if (!context) return (shared = null)
  const fontFamily = getComputedStyle(document.body).fontFamily || 'sans-serif'
  shared = cachedMeasurer((text, font) => {
    context.font = font
    return context.measureText(text).width
  }, fontFamily)
  return shared
}

/** Whether a node's text line can be drawn without a clip (see `textFits`). */
export const lineFits = (text: string, line: TextLine): boolean => textFits(text, line, pageTextMeasurer())
