import type { NodeHandle, Position } from '@xyflow/react'
import { nodeTypeInfo, type NodeType } from '../model'
import { NODE_BORDER_LEFT_PX, NODE_BORDER_RIGHT_PX, NODE_HEIGHT, NODE_WIDTH } from './nodeSize'

/**
 * Which sides a node shows: left = can be invoked / receives (functions, DLQ and destination targets, data stores),
 * right = can invoke / sends (sources, functions). From the model's catalogue, so the canvas decides nothing itself.
 */
export function handlesOf(type: NodeType): { receives: boolean; sends: boolean } {
  const info = nodeTypeInfo(type)
  const receives =
    type === 'lambda' ||
    type === 'dynamoDbStream' ||
    info.dlqTarget ||
    info.destination !== 'no' ||
    info.streamFailureTarget ||
    info.style === 'data'
  // a DynamoDB table sends its changes to its stream (§3.1, the `stream` edge)
  const sends =
    info.style === 'sync' ||
    info.style === 'async' ||
    info.style === 'polled' ||
    info.style === 'compute' ||
    type === 'dynamoDbTable'
  return { receives, sends }
}

/** Handle size in CSS pixels (canvas.css draws them the same). */
export const HANDLE_SIZE = 12
/**
 * Where canvas.css centres the handles: on the node's padding-box edges, just inside its left and right borders.
 * Declared exactly as React Flow then measures them, so its measurement changes no edge (no second pass).
 */
// React Flow's Position values as literals: a type-only import keeps React Flow out of what the store's layout
// brings to the embed's first frame (app/embed/firstFrame draws the picture from these boxes, #16).
const LEFT = 'left' as Position
const RIGHT = 'right' as Position
const IN_CENTRE_X = NODE_BORDER_LEFT_PX
const OUT_CENTRE_X = NODE_WIDTH - NODE_BORDER_RIGHT_PX
const IN: NodeHandle = {
  type: 'target',
  position: LEFT,
  x: IN_CENTRE_X - HANDLE_SIZE / 2,
  y: NODE_HEIGHT / 2 - HANDLE_SIZE / 2,
  width: HANDLE_SIZE,
  height: HANDLE_SIZE,
}
const OUT: NodeHandle = {
  type: 'source',
  position: RIGHT,
  x: OUT_CENTRE_X - HANDLE_SIZE / 2,
  y: NODE_HEIGHT / 2 - HANDLE_SIZE / 2,
  width: HANDLE_SIZE,
  height: HANDLE_SIZE,
}
const cache = new Map<NodeType, NodeHandle[]>()

/**
 * Handle boxes known up front (service nodes have one size), so React Flow draws edges without measuring 200 nodes
 * first. One shared array per type.
 */
export function handleBoxes(type: NodeType): NodeHandle[] {
  let boxes = cache.get(type)
  if (!boxes) {
    const { receives, sends } = handlesOf(type)
    boxes = [...(receives ? [IN] : []), ...(sends ? [OUT] : [])]
    cache.set(type, boxes)
  }
  return boxes
}
