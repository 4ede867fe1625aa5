/**
 * Draws every token of one frame into a 2D context already transformed to flow coordinates: one path per colour
 * (so 1,000 tokens cost a handful of fills), batches as one bigger token with its count, lost events falling away.
 */
import { forEachWaitAt } from '../../animation/retryWaitIndex'
import { forEachHopInFlight, jumpProgress, pointAlong } from '../../animation/tokenProgress'
import type { TokenState } from '../../sim/views'
import type { EdgeGeometry } from './edgeGeometry'
import type { TokenHits } from './tokenHits'
import type { TokenIndex } from './tokenIndex'

export type TokenColours = Record<TokenState | 'text', string>

export interface NodeBox {
  x: number
  y: number
  width: number
  height: number
}

export interface DrawInput {
  ctx: CanvasRenderingContext2D
  index: TokenIndex
  geometry: EdgeGeometry
  nodeBox: (nodeId: string) => NodeBox | null
  t: number
  /** Sim ms per wall ms (falls last a fixed wall time whatever the speed). */
  speed: number
  zoom: number
  reducedMotion: boolean
  colours: TokenColours
  /** Filled with where each flying token is drawn (for clicks); cleared first. */
  hits?: TokenHits
}

const STATES: readonly TokenState[] = ['event', 'retry', 'failed', 'dlq', 'lost']
/** Screen-pixel sizes (divided by zoom: tokens keep their size when zooming). */
const TOKEN_R = 5
const BATCH_R = 9
export const FALL_WALL_MS = 1200
/** Shortest flight on screen, in wall ms (see hopProgress). */
export const MIN_FLIGHT_WALL_MS = 280
const FALL_DEPTH = 46
/** Parked tokens (events waiting for their next attempt): at most this many per node, then "+N". Screen px. */
const MAX_PARKED = 5
const PARK_X = 14
const PARK_STEP = 15
const PARK_Y = -10
const RING_GAP = 2.5
/** Status code pills over response tokens: gap above the token, font and padding (screen px). */
const STATUS_GAP = 4
const STATUS_FONT = 11
const STATUS_PAD = 4

const point = { x: 0, y: 0 }

/**
 * One pre-drawn disc per colour and size: 1,000 drawImage calls raster far cheaper than 1,000 arcs (software raster).
 */
const sprites = new Map<string, HTMLCanvasElement>()
function sprite(colour: string, radiusPx: number): HTMLCanvasElement {
  const key = `${colour}/${radiusPx}`
  let c = sprites.get(key)
  if (!c) {
    c = document.createElement('canvas')
    c.width = c.height = Math.ceil(radiusPx * 2 + 2)
    const g = c.getContext('2d')
    if (g) {
      g.fillStyle = colour
      g.beginPath()
      g.arc(c.width / 2, c.height / 2, radiusPx, 0, Math.PI * 2)
      g.fill()
    }
    sprites.set(key, c)
  }
  return c
}
interface Labelled {
  x: number
  y: number
  count: number
}

export interface Drawn {
  /** Every token drawn (flying, parked, falling). */
  tokens: number
  /** Of which parked: events waiting for a retry. */
  parked: number
}

/**
 * Spots (state, whole screen pixel) where a plain token was already drawn this frame: a burst of 20,000 events leaves
 * as one pile on its edge, and drawing (and hit-testing) the same disc 20,000 times looks the same as once but blocked
 * the main thread for 150–400 ms a frame (issue #13). Reused frame after frame.
 */
const drawnSpots = new Set<number>()

/** Events waiting per node in this frame (reused: no allocation per frame). */
const parkedPerNode = new Map<string, number>()

export function drawTokens({
  ctx,
  index,
  geometry,
  nodeBox,
  t,
  speed,
  zoom,
  reducedMotion,
  colours,
  hits,
}: DrawInput): Drawn {
  geometry.nextFrame()
  hits?.clear()
  const r = TOKEN_R / zoom
  const batchR = BATCH_R / zoom
  const paths = new Map<TokenState, Path2D>()
  for (const s of STATES) paths.set(s, new Path2D())
  const px = Math.max(1, zoom * (window.devicePixelRatio || 1))
  // Sprites made on first use: a frame with nothing in flight (the opening one, mostly) makes no canvases.
  const discs = new Map<TokenState, HTMLCanvasElement>()
  const disc = (s: TokenState): HTMLCanvasElement => {
    let d = discs.get(s)
    if (!d) {
      d = sprite(colours[s], Math.round(TOKEN_R * px))
      discs.set(s, d)
    }
    return d
  }
  const side = (TOKEN_R * 2 + 2 / px) / zoom
  const labels: Labelled[] = []
  const statusLabels: Labelled[] = []
  let drawn = 0
  const { hops, states } = index
  drawnSpots.clear()
  let prev: (typeof hops.hops)[number] | null = null
  let prevDrawn = false
  forEachHopInFlight(
    hops,
    t,
    (hop, progress, slot) => {
      // The same flight as the hop just drawn (a burst): the same disc at the same spot, counted, not drawn again.
      const same =
        prevDrawn &&
        prev !== null &&
        hop.edgeId === prev.edgeId &&
        hop.departMs === prev.departMs &&
        hop.arriveMs === prev.arriveMs &&
        hop.token === prev.token &&
        hop.token !== 'batch' &&
        states[slot] === states[slot + 1] &&
        (index.codes[slot] ?? 0) === 0
      prev = hop
      if (same) {
        drawn++
        return
      }
      prevDrawn = false
      const samples = geometry.samples(hop.edgeId)
      if (!samples) return
      pointAlong(samples, reducedMotion ? jumpProgress(progress) : progress, point)
      const state = states[slot] ?? 'event'
      const count = (hop as { count?: number }).count
      const radius = hop.token === 'batch' ? batchR : r
      const code = index.codes[slot] ?? 0
      if (hop.token !== 'batch' && code === 0) {
        const spot =
          ((Math.round(point.x * zoom) & 0xffff) * 0x10000 + (Math.round(point.y * zoom) & 0xffff)) * 8 +
          STATES.indexOf(state)
        if (drawnSpots.has(spot)) {
          drawn++
          prevDrawn = true
          return
        }
        drawnSpots.add(spot)
      }
      if (hop.token === 'batch') {
        const path = paths.get(state) as Path2D
        path.moveTo(point.x + radius, point.y)
        path.arc(point.x, point.y, radius, 0, Math.PI * 2)
      } else ctx.drawImage(disc(state), point.x - side / 2, point.y - side / 2, side, side)
      if (hop.token === 'batch' && count !== undefined) labels.push({ x: point.x, y: point.y, count })
      // A sync answer that is not a success carries its status code (502, 500, 504, 429…): a colour alone says too
      // little.
      if (code !== 0) statusLabels.push({ x: point.x, y: point.y - (r + STATUS_GAP / zoom), count: code })
      hits?.add(point.x, point.y, radius, hop.eventId)
      drawn++
      prevDrawn = code === 0
    },
    MIN_FLIGHT_WALL_MS * speed,
  )
  // Events parked between attempts (§2.1 retry waits): a row over the node's top-left corner, each ringed by how much
  // of
  // its wait has passed; the node's chip says how many. Nothing is drawn as a node of its own (peers.md: retries as
  // nodes).
  parkedPerNode.clear()
  const rings = new Path2D()
  const tracks = new Path2D()
  const ringR = r + RING_GAP / zoom
  let parked = 0
  forEachWaitAt(index.waits, t, (wait, progress) => {
    const n = parkedPerNode.get(wait.nodeId) ?? 0
    parkedPerNode.set(wait.nodeId, n + 1)
    if (n >= MAX_PARKED) return
    const box = nodeBox(wait.nodeId)
    if (!box) return
    const x = box.x + (PARK_X + n * PARK_STEP) / zoom
    const y = box.y + PARK_Y / zoom
    ctx.drawImage(disc('retry'), x - side / 2, y - side / 2, side, side)
    // Reduced motion: the ring fills in eighths (steps, not a sweep).
    const shown = reducedMotion ? Math.floor(progress * 8) / 8 : progress
    tracks.moveTo(x + ringR, y)
    tracks.arc(x, y, ringR, 0, Math.PI * 2)
    if (shown > 0) {
      rings.moveTo(x, y - ringR)
      rings.arc(x, y, ringR, -Math.PI / 2, -Math.PI / 2 + shown * Math.PI * 2)
    }
    hits?.add(x, y, r, wait.eventId)
    parked++
  })
  ctx.lineWidth = 1.5 / zoom
  ctx.strokeStyle = colours.retry
  // The full wait as a faint track, the part already waited drawn over it: a small timer.
  ctx.globalAlpha = 0.3
  ctx.stroke(tracks)
  ctx.globalAlpha = 1
  ctx.stroke(rings)
  const overflow: Labelled[] = []
  for (const [nodeId, count] of parkedPerNode) {
    if (count <= MAX_PARKED) continue
    const box = nodeBox(nodeId)
    if (box)
      overflow.push({
        x: box.x + (PARK_X + MAX_PARKED * PARK_STEP) / zoom,
        y: box.y + PARK_Y / zoom,
        count: count - MAX_PARKED,
      })
  }
  drawn += parked
  // lost events fall away from the node that dropped them (nothing vanishes silently)
  const fallMs = FALL_WALL_MS * speed
  const lost = paths.get('lost') as Path2D
  const crosses: { x: number; y: number }[] = []
  for (let i = index.falls.length - 1; i >= 0; i--) {
    const f = index.falls[i]
    if (!f || f.atMs > t) continue
    if (f.atMs < t - fallMs) break
    const box = nodeBox(f.nodeId)
    if (!box) continue
    const p = reducedMotion ? 1 : (t - f.atMs) / fallMs
    const x = box.x + box.width / 2
    const y = box.y + box.height + (FALL_DEPTH * p) / zoom
    lost.moveTo(x + r, y)
    lost.arc(x, y, r, 0, Math.PI * 2)
    crosses.push({ x, y })
    drawn++
  }
  ctx.lineWidth = 1.5 / zoom
  for (const s of STATES) {
    ctx.fillStyle = colours[s]
    ctx.fill(paths.get(s) as Path2D)
  }
  ctx.strokeStyle = colours.text
  ctx.beginPath()
  for (const c of crosses) {
    ctx.moveTo(c.x - r * 0.6, c.y - r * 0.6)
    ctx.lineTo(c.x + r * 0.6, c.y + r * 0.6)
    ctx.moveTo(c.x + r * 0.6, c.y - r * 0.6)
    ctx.lineTo(c.x - r * 0.6, c.y + r * 0.6)
  }
  ctx.stroke()
  if (labels.length > 0) {
    ctx.fillStyle = colours.text
    ctx.font = `600 ${10 / zoom}px system-ui, sans-serif`
    ctx.textAlign = 'center'
    ctx.textBaseline = 'middle'
    for (const l of labels) ctx.fillText(String(l.count), l.x, l.y)
  }
  if (statusLabels.length > 0) drawStatusLabels(ctx, statusLabels, zoom, colours)
  if (overflow.length > 0) {
    ctx.fillStyle = colours.retry
    ctx.font = `700 ${11 / zoom}px system-ui, sans-serif`
    ctx.textAlign = 'left'
    ctx.textBaseline = 'middle'
    for (const l of overflow) ctx.fillText(`+${l.count}`, l.x - r, l.y)
  }
  return { tokens: drawn, parked }
}

/** Status code pills ("502") just above their response tokens, in the failure colour with the surface's text. */
function drawStatusLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly Labelled[],
  zoom: number,
  colours: TokenColours,
): void {
  const font = STATUS_FONT / zoom
  const pad = STATUS_PAD / zoom
  ctx.font = `700 ${font}px system-ui, sans-serif`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  for (const l of labels) {
    const text = String(l.count)
    const w = ctx.measureText(text).width + pad * 2
    const h = font + pad
    const y = l.y - h / 2
    ctx.fillStyle = colours.failed
    ctx.beginPath()
    ctx.roundRect(l.x - w / 2, y - h / 2, w, h, h / 2)
    ctx.fill()
    ctx.fillStyle = '#ffffff'
    ctx.fillText(text, l.x, y)
  }
}
