import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { nodeOf, rounded } from './canvas-helpers.ts'

/**
 * Drag frames are drawn outside React (canvas/dragPainter.ts): these check that everything tied to a dragged node
 * follows it frame by frame, and that the drop hands the canvas back to React without a flash or a stale leftover.
 */

interface Drawn {
  node: { x: number; y: number; transform: string }
  edges: Record<
    string,
    {
      d: string
      start: { x: number; y: number }
      end: { x: number; y: number }
      label: { x: number; y: number } | null
    }
  >
  mini: { x: number; y: number } | null
  zoom: number
}

/** What is on screen for a node: its box and transform, the edges touching `edgesOf`, their labels, its minimap box. */
function drawn(page: Page, id: string, edgesOf: string[] = [id]): Promise<Drawn> {
  return page.evaluate(
    ([nodeId, touching]) => {
      const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`)
      if (!el) throw new Error(`no node ${nodeId}`)
      const box = el.getBoundingClientRect()
      const edges: Drawn['edges'] = {}
      for (const g of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
        const edgeId = g.getAttribute('data-id') ?? ''
        if (!touching.some((t) => edgeId.split('->').includes(t))) continue
        const path = g.querySelector<SVGPathElement>('path.react-flow__edge-path')
        const m = path?.getScreenCTM()
        if (!path || !m) continue
        const at = (len: number) => {
          const p = path.getPointAtLength(len).matrixTransform(m)
          return { x: p.x, y: p.y }
        }
        const label = document.querySelector(`[data-edge-label="${edgeId}"]`)?.getBoundingClientRect()
        edges[edgeId] = {
          d: path.getAttribute('d') ?? '',
          start: at(0),
          end: at(path.getTotalLength()),
          label: label ? { x: label.x + label.width / 2, y: label.y + label.height / 2 } : null,
        }
      }
      const mini = document.querySelector(`[data-minimap-node="${nodeId}"]`)
      const scale = /scale\(([\d.]+)\)/.exec(
        document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '',
      )
      return {
        node: { x: box.x, y: box.y, transform: el.style.transform },
        edges,
        mini: mini ? { x: Number(mini.getAttribute('x')), y: Number(mini.getAttribute('y')) } : null,
        zoom: Number(scale?.[1] ?? 1),
      }
    },
    [id, edgesOf] as const,
  )
}

const near = (a: { x: number; y: number }, b: { x: number; y: number }) => {
  expect(a.x).toBeCloseTo(b.x, 0)
  expect(a.y).toBeCloseTo(b.y, 0)
}
const plus = (p: { x: number; y: number }, dx: number, dy: number) => ({ x: p.x + dx, y: p.y + dy })

/** Arm a probe: the first frame painted after the pointer is released records the node's transform and edge paths. */
async function probeFirstFrameAfterDrop(page: Page, id: string) {
  await page.evaluate((nodeId) => {
    const w = window as unknown as { __firstFrame?: { transform: string; paths: string[] } }
    delete w.__firstFrame
    // The release's pointerup comes just before the mouseup that drops the node, in the same task; a frame callback
    // asked for then runs after that task and its microtasks, right before the next frame is painted.
    window.addEventListener(
      'pointerup',
      () =>
        requestAnimationFrame(() => {
          w.__firstFrame = {
            transform:
              document.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`)?.style.transform ?? '',
            paths: [...document.querySelectorAll('.react-flow__edge-path')].map((p) => p.getAttribute('d') ?? ''),
          }
        }),
      { once: true },
    )
  }, id)
}
const firstFrame = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __firstFrame?: { transform: string; paths: string[] } }).__firstFrame ?? null,
  )
const allPaths = (page: Page) =>
  page.locator('.react-flow__edge-path').evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''))

test('a dragged node brings its edges, role labels and minimap box along every frame, and the drop is drawn by React in the next frame', async ({
  page,
  foreignRequests,
}) => {
  await openApp(page, { example: 's3-dlq', lang: 'en', theme: 'light' })
  await expect(page.locator('[data-edge-label]')).toHaveCount(2)
  const before = await drawn(page, 'thumbnailer')
  expect(Object.keys(before.edges)).toHaveLength(2)
  const box = await nodeOf(page, 'thumbnailer').boundingBox()
  if (!box) throw new Error('thumbnailer is not visible')

  await page.mouse.move(box.x + 30, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + 130, box.y + box.height / 2 + 70, { steps: 8 })
  const during = await drawn(page, 'thumbnailer')
  const dx = during.node.x - before.node.x
  const dy = during.node.y - before.node.y
  // The pointer moved 100 × 70 px; the node follows it, snapped to the 20-unit grid at the canvas's zoom (the
  // opening fit's zoom depends on the room it keeps free: 0.97 here, so 80 units are 77.6 px).
  expect(dx).toBeGreaterThan(50)
  expect(dy).toBeGreaterThan(35)
  for (const [edgeId, was] of Object.entries(before.edges)) {
    const now = during.edges[edgeId]
    if (!now) throw new Error(`edge ${edgeId} is gone`)
    const [from, to] = edgeId.split('->')
    // The end at the dragged node moved with it; the other end stayed.
    near(now.start, from === 'thumbnailer' ? plus(was.start, dx, dy) : was.start)
    near(now.end, to === 'thumbnailer' ? plus(was.end, dx, dy) : was.end)
    expect(now.label).not.toBeNull()
    expect(now.label).not.toEqual(was.label)
  }
  // The minimap box moved by the same distance, in flow units.
  expect(during.mini?.x).toBeCloseTo((before.mini?.x ?? 0) + dx / before.zoom, 0)
  expect(during.mini?.y).toBeCloseTo((before.mini?.y ?? 0) + dy / before.zoom, 0)
  // A shield covers the canvas during the drag: the pointer finds nothing else to hover.
  await expect(page.locator('.flow__drag-shield')).toHaveCount(1)
  await expect(page.locator('.flow__drag-shield')).toHaveCSS('cursor', 'grabbing')

  await probeFirstFrameAfterDrop(page, 'thumbnailer')
  await page.mouse.up()
  await expect.poll(() => firstFrame(page)).not.toBeNull()
  const painted = await firstFrame(page)
  const settled = await drawn(page, 'thumbnailer')
  // The first frame after the drop already shows React's drop (snapped to the grid), never the node back at its start.
  expect(painted?.transform).toBe(settled.node.transform)
  expect(painted?.paths).toEqual(await allPaths(page))
  expect(settled.node.transform).not.toBe(before.node.transform)
  await expect(page.locator('.flow__drag-shield')).toHaveCount(0)

  // React's own drawing of the dropped document, from scratch (undo, then redo): what the drop left on screen.
  const pathsAfterDrop = await allPaths(page)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(async () => (await drawn(page, 'thumbnailer')).node.transform).toBe(before.node.transform)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect.poll(async () => (await drawn(page, 'thumbnailer')).node.transform).toBe(settled.node.transform)
  expect(rounded(await allPaths(page))).toEqual(rounded(pathsAfterDrop))
  expect(foreignRequests).toEqual([])
})

test('dragging a VPC group moves what it holds and their edges every frame', async ({ page, foreignRequests }) => {
  await openApp(page, { example: 'vpc-2018', lang: 'ja', theme: 'dark' })
  const group = nodeOf(page, 'private')
  await expect(group).toBeVisible()
  const before = await drawn(page, 'reports', ['reports', 'db'])
  const dbBefore = await drawn(page, 'db')
  const box = await group.boundingBox()
  if (!box) throw new Error('the VPC group is not visible')

  await page.mouse.move(box.x + 24, box.y + 12)
  await page.mouse.down()
  await page.mouse.move(box.x + 24 + 90, box.y + 12 + 50, { steps: 8 })
  const during = await drawn(page, 'reports', ['reports', 'db'])
  const dx = during.node.x - before.node.x
  const dy = during.node.y - before.node.y
  expect(dx).toBeGreaterThan(60)
  expect(dy).toBeGreaterThan(30)
  near((await drawn(page, 'db')).node, plus(dbBefore.node, dx, dy))
  // client → reports: only the end inside the group moves; reports → db: both ends move.
  const inbound = Object.keys(before.edges).find((e) => e.startsWith('client->'))
  const inside = Object.keys(before.edges).find((e) => e.startsWith('reports->'))
  if (!inbound || !inside) throw new Error(`unexpected edges ${Object.keys(before.edges).join(', ')}`)
  near(during.edges[inbound]?.start ?? { x: NaN, y: NaN }, before.edges[inbound]?.start ?? { x: 0, y: 0 })
  near(during.edges[inbound]?.end ?? { x: NaN, y: NaN }, plus(before.edges[inbound]?.end ?? { x: 0, y: 0 }, dx, dy))
  near(during.edges[inside]?.start ?? { x: NaN, y: NaN }, plus(before.edges[inside]?.start ?? { x: 0, y: 0 }, dx, dy))
  near(during.edges[inside]?.end ?? { x: NaN, y: NaN }, plus(before.edges[inside]?.end ?? { x: 0, y: 0 }, dx, dy))

  await page.mouse.up()
  // After the drop React draws the group's new place: the child stays where the drag left it (to the grid's snap).
  const after = await drawn(page, 'reports', ['reports', 'db'])
  expect(Math.abs(after.node.x - during.node.x)).toBeLessThan(20)
  expect(Math.abs(after.node.y - during.node.y)).toBeLessThan(20)
  expect(foreignRequests).toEqual([])
})

test('a node dropped where it started is drawn exactly as before, and the next drag still follows the pointer', async ({
  page,
  foreignRequests,
}) => {
  await openApp(page, { example: 's3-dlq', lang: 'en', theme: 'light' })
  // Without the grid: React Flow snaps the pointer, not the node, so a snapped return can land a cell away.
  await page.getByRole('button', { name: 'Snap to grid' }).click()
  await expect(page.getByRole('button', { name: 'Snap to grid' })).toHaveAttribute('aria-pressed', 'false')
  const before = await drawn(page, 'thumbnailer')
  const pathsBefore = await allPaths(page)
  const box = await nodeOf(page, 'thumbnailer').boundingBox()
  if (!box) throw new Error('thumbnailer is not visible')
  const grab = { x: box.x + 30, y: box.y + box.height / 2 }

  await page.mouse.move(grab.x, grab.y)
  await page.mouse.down()
  // React Flow starts the drag on the first move (past its threshold) and measures from there.
  await page.mouse.move(grab.x + 2, grab.y)
  await page.mouse.move(grab.x + 120, grab.y + 80, { steps: 6 })
  expect((await drawn(page, 'thumbnailer')).node.transform).not.toBe(before.node.transform)
  await page.mouse.move(grab.x + 2, grab.y, { steps: 6 })
  await page.mouse.up()
  // Nothing changed in the document, so React draws nothing new: what the drag drew was put back.
  const after = await drawn(page, 'thumbnailer')
  expect(after.node.transform).toBe(before.node.transform)
  expect(rounded(await allPaths(page))).toEqual(rounded(pathsBefore))
  expect(after.mini).toEqual(before.mini)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()

  await page.mouse.move(grab.x, grab.y)
  await page.mouse.down()
  await page.mouse.move(grab.x + 60, grab.y + 40, { steps: 6 })
  const second = await drawn(page, 'thumbnailer')
  expect(second.node.x - before.node.x).toBeGreaterThan(40)
  await page.mouse.up()
  expect(foreignRequests).toEqual([])
})

test('dragging two selected nodes moves both, and the edge between them keeps its shape', async ({
  page,
  foreignRequests,
}) => {
  await openApp(page, { example: 's3-dlq', lang: 'en', theme: 'light' })
  await nodeOf(page, 'uploads').click()
  await nodeOf(page, 'thumbnailer').click({ modifiers: ['Control'] })
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2)
  const before = await drawn(page, 'thumbnailer', ['uploads', 'thumbnailer'])
  const uploadsBefore = await drawn(page, 'uploads')
  const box = await nodeOf(page, 'thumbnailer').boundingBox()
  if (!box) throw new Error('thumbnailer is not visible')

  await page.mouse.move(box.x + 30, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + 30 + 70, box.y + box.height / 2 + 90, { steps: 8 })
  const during = await drawn(page, 'thumbnailer', ['uploads', 'thumbnailer'])
  const dx = during.node.x - before.node.x
  const dy = during.node.y - before.node.y
  expect(dy).toBeGreaterThan(50)
  near((await drawn(page, 'uploads')).node, plus(uploadsBefore.node, dx, dy))
  const between = before.edges['uploads->thumbnailer']
  near(
    during.edges['uploads->thumbnailer']?.start ?? { x: NaN, y: NaN },
    plus(between?.start ?? { x: 0, y: 0 }, dx, dy),
  )
  near(during.edges['uploads->thumbnailer']?.end ?? { x: NaN, y: NaN }, plus(between?.end ?? { x: 0, y: 0 }, dx, dy))
  await page.mouse.up()
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2)
  expect(foreignRequests).toEqual([])
})
