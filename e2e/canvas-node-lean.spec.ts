import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { nodeOf, wire } from './canvas-helpers.ts'

/**
 * Service nodes are drawn lean (issue #4: fewer paint chunks per drag frame): no positioned handles or badge, and a
 * text line clips only when it overflows. These check that nothing a user sees moved and no text spills out.
 */

/** The text column nodes/nodeTextFit.ts measures lines against (TEXT_COLUMN_PX, unit-tested there). */
const TEXT_COLUMN_PX = 113
const LONG_EN = 'a-very-long-function-name-that-overflows'
const LONG_JA = '注文を処理する長い名前の関数です'
const labels = [
  'orders',
  LONG_EN,
  LONG_JA,
  'order-processor',
  'WWWWWWWWWW',
  'iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii',
  'uploads bucket',
  'dead letters!',
  'ñandú-überlauf',
]
const types = ['apiGateway', 'lambda', 'sqs', 'eventBridge', 'dynamoDbStream', 's3', 'cloudWatchLogs', 'kinesis', 'sns']
const scenario = {
  format: 'lambdascope/scenario@1',
  title: 'lean nodes',
  era: 'current',
  seed: 1,
  durationMs: 60000,
  nodes: types.map((type, i) => ({
    id: `n${i}`,
    type,
    label: labels[i],
    position: { x: (i % 3) * 240, y: Math.floor(i / 3) * 130 },
  })),
  edges: [],
  traffic: [],
  faults: [],
}
const open = (page: Page, lang: 'en' | 'ja') =>
  openApp(page, { scenario: JSON.stringify(scenario), lang, theme: 'light' })

interface Line {
  text: string
  clipped: boolean
  ellipsis: boolean
  overflows: boolean
}
/**
 * Every label and service-name line: whether it clips (with an ellipsis) and whether its text is wider than its box.
 */
const linesOf = (page: Page) =>
  page.locator('.service-node__label, .service-node__type').evaluateAll((els) =>
    els.map((el) => {
      const style = getComputedStyle(el)
      return {
        text: el.textContent ?? '',
        clipped: style.overflow === 'hidden',
        ellipsis: style.textOverflow === 'ellipsis',
        overflows: el.scrollWidth > el.clientWidth,
      }
    }),
  )
const line = (lines: Line[], text: string) => {
  const found = lines.find((l) => l.text === text)
  if (!found) throw new Error(`no line "${text}"`)
  return found
}

for (const lang of ['en', 'ja'] as const)
  test(`a node's text clips with an ellipsis exactly where it overflows (${lang})`, async ({
    page,
    foreignRequests,
  }) => {
    await open(page, lang)
    await expect(page.locator('.react-flow__node-service')).toHaveCount(types.length)
    const lines = await linesOf(page)
    expect(lines).toHaveLength(types.length * 2)
    // No line overflows without its clip: text never spills over the badge, the handle or the border.
    expect(lines.filter((l) => l.overflows && !l.clipped).map((l) => l.text)).toEqual([])
    expect(lines.filter((l) => l.clipped && !l.ellipsis).map((l) => l.text)).toEqual([])
    for (const long of [LONG_EN, LONG_JA]) expect(line(lines, long)).toMatchObject({ clipped: true, overflows: true })
    expect(line(lines, 'EventBridge / CloudWatch Events')).toMatchObject({ clipped: true, overflows: true })
    // Short lines go without a clip (what makes the node lean).
    expect(line(lines, 'orders').clipped).toBe(false)
    expect(line(lines, lang === 'en' ? 'Lambda function' : 'Lambda 関数').clipped).toBe(false)
    expect(foreignRequests).toEqual([])
  })

test('handles, badge and text sit where they always did, so edges end on the handles', async ({
  page,
  foreignRequests,
}) => {
  await open(page, 'en')
  // n1 is a function: it receives and sends; n0 (API Gateway) has a badge.
  // Measured until it holds: the nodes may still be placing or fitting when the page first shows them.
  await expect(async () => {
    const boxes = await page.locator('.react-flow__node-service').evaluateAll((nodes) =>
      nodes.map((n) => {
        const base = n.getBoundingClientRect()
        const zoom = base.width / (n as HTMLElement).offsetWidth
        const box = (selector: string) => {
          const el = n.querySelector(selector)
          if (!el) return null
          const r = el.getBoundingClientRect()
          const round = (v: number) => Math.round((v / zoom) * 10) / 10
          return {
            left: round(r.left - base.left),
            top: round(r.top - base.top),
            right: round(r.right - base.left),
            bottom: round(r.bottom - base.top),
          }
        }
        return {
          id: n.getAttribute('data-id'),
          in: box('.service-node__handle--in'),
          out: box('.service-node__handle--out'),
          badge: box('.service-node__badge'),
          text: box('.service-node__text'),
        }
      }),
    )
    const fn = boxes.find((b) => b.id === 'n1')
    const api = boxes.find((b) => b.id === 'n0')
    // Handle centres on the padding box's left (x 4) and right (x 183) edges, halfway down the 60 px node.
    expect(fn?.in).toEqual({ left: -2, top: 24, right: 10, bottom: 36 })
    expect(fn?.out).toEqual({ left: 177, top: 24, right: 189, bottom: 36 })
    // The badge overhangs the top border, 10 px in from the right of the padding box.
    expect(api?.badge).toMatchObject({ top: -8, right: 173 })
    expect(api?.in).toBeNull()
    // The text column is the width the fit is measured against.
    expect(api?.text).toMatchObject({ left: 58, right: 58 + TEXT_COLUMN_PX })
  }).toPass({ timeout: 15_000 })
  // Wiring by dragging from the handle still connects, and the edge starts at the handle's outer edge.
  await wire(page, 'n0', 'n1')
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  const startOf = async () => {
    const start = /^M([\d.-]+),([\d.-]+)/.exec((await page.locator('.react-flow__edge-path').getAttribute('d')) ?? '')
    return start && [Math.round(Number(start[1])), Math.round(Number(start[2]))]
  }
  await expect.poll(startOf).toEqual([189, 30]) // n0 sits at 0,0
  await expect(nodeOf(page, 'n1')).toBeVisible()
  expect(foreignRequests).toEqual([])
})
