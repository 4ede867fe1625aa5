/**
 * The first frame's picture: the diagram of the static picture (share/scenarioSvg.ts) placed at the canvas's opening
 * fit in a pane of the given size and fit insets, as SVG text. Every text is escaped by scenarioSvg; the document is
 * not validated (peek.ts), so a document it cannot draw gives null (the frame then shows no picture). Pure.
 */
import type { Scenario } from '../../../model'
import type { Insets } from '../../../canvas/framing'
import { absoluteBoxes } from '../../../store/placement'
import { diagramSvg, type PictureTheme, type PictureWords } from '../../share/scenarioSvg'
import { boundsOf, fitViewport } from './fit'

export function firstFramePicture(
  doc: unknown,
  theme: PictureTheme,
  words: Pick<PictureWords, 'typeName' | 'roleName'>,
  width: number,
  height: number,
  insets: Insets,
): string | null {
  if (width <= 0 || height <= 0) return null
  try {
    const scenario = doc as Scenario
    const boxes = absoluteBoxes(scenario)
    const bounds = boundsOf(boxes)
    if (bounds === null) return null
    const v = fitViewport(bounds, width, height, insets)
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" aria-hidden="true" ` +
      `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', sans-serif">` +
      `<g transform="translate(${v.x} ${v.y}) scale(${v.zoom})">` +
      diagramSvg(scenario, theme, words, boxes, 'first-frame-arrow').join('') +
      '</g></svg>'
    )
  } catch {
    return null
  }
}
