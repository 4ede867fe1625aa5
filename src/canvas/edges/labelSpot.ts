import { Position } from '@xyflow/react'
import { NODE_HEIGHT, NODE_WIDTH } from '../../store/nodeSize'

/** An edge's ends and handle sides (flow coordinates), as React Flow hands them to the edge component. */
interface Ends {
  sourceX: number
  sourceY: number
  targetX: number
  targetY: number
  sourcePosition: Position
  targetPosition: Position
}

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** Above a node its badge ("POLLED"); below it, up to two rows of runtime chips (NodeOverlays), in flow units. */
const BADGE_ABOVE = 14
const CHIPS_BELOW = 50
const LABEL_HALF_HEIGHT = 11
/** Along the curve from its middle outwards; the middle wins when it is clear. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88]

/**
 * The label's half width in flow units, from its text (11 px type: about 6.5 px a Latin character, 11 px a CJK one,
 * plus padding and border). An estimate: the drag painter must place a label the way React does, without measuring.
 */
export function labelHalfWidth(text: string): number {
  let w = 17
  for (const ch of text) w += ch.codePointAt(0)! > 0x2e80 ? 11 : 6.5
  return w / 2
}

/** A node's box with its badge and chips, from the handle an edge leaves or enters by (service nodes have one size). */
function nodeZone(x: number, y: number, side: Position): Box | null {
  const top = y - NODE_HEIGHT / 2 - BADGE_ABOVE
  const bottom = y + NODE_HEIGHT / 2 + CHIPS_BELOW
  if (side === Position.Right) return { left: x - NODE_WIDTH, right: x, top, bottom }
  if (side === Position.Left) return { left: x, right: x + NODE_WIDTH, top, bottom }
  return null
}

const clear = (b: Box, zones: readonly Box[]) =>
  zones.every((z) => b.right <= z.left || b.left >= z.right || b.bottom <= z.top || b.top >= z.bottom)

/** The cubic Bézier of a React Flow path `M x,y C x,y x,y x,y` at `t`. */
function pointAt(p: readonly number[], t: number): { x: number; y: number } {
  const u = 1 - t
  const a = u * u * u
  const b = 3 * u * u * t
  const c = 3 * u * t * t
  const d = t * t * t
  return { x: a * p[0]! + b * p[2]! + c * p[4]! + d * p[6]!, y: a * p[1]! + b * p[3]! + c * p[5]! + d * p[7]! }
}

/**
 * Where an edge's label goes: the curve's middle, unless the label would lie on one of the edge's own nodes or on
 * the badge and runtime chips drawn above and below them (an edge between two stacked nodes has its middle in the gap
 * where the upper node's chips appear: vpc-2018's "access" over "ENI attach"). Then the nearest point along the curve
 * whose label is clear, centred on the curve or beside it (touching it); when none is, the middle.
 */
export function labelSpot(
  ends: Ends,
  path: string,
  mid: { x: number; y: number },
  halfWidth: number,
): { x: number; y: number } {
  const zones = [
    nodeZone(ends.sourceX, ends.sourceY, ends.sourcePosition),
    nodeZone(ends.targetX, ends.targetY, ends.targetPosition),
  ].filter((z): z is Box => z !== null)
  const p = path.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi)?.map(Number) ?? []
  if (zones.length === 0 || p.length !== 8) return mid
  const boxAt = (x: number, y: number) => ({
    left: x - halfWidth,
    right: x + halfWidth,
    top: y - LABEL_HALF_HEIGHT,
    bottom: y + LABEL_HALF_HEIGHT,
  })
  if (clear(boxAt(mid.x, mid.y), zones)) return mid
  const sideways = [0, halfWidth + 4, -(halfWidth + 4)]
  for (const dx of sideways)
    for (const t of ALONG) {
      const at = pointAt(p, t)
      if (clear(boxAt(at.x + dx, at.y), zones)) return { x: at.x + dx, y: at.y }
    }
  return mid
}
