import { nodeTypeInfo, type NodeType } from '../../model'

/**
 * Which sides a node shows: left = can be invoked / receives (functions, DLQ and destination targets, data stores),
 * right = can invoke / sends (sources, functions). From the model's catalogue, so the canvas decides nothing itself.
 */
export function handlesOf(type: NodeType): { receives: boolean; sends: boolean } {
  const info = nodeTypeInfo(type)
  const receives = type === 'lambda' || info.dlqTarget || info.destination !== 'no' || info.streamFailureTarget || info.style === 'data'
  const sends = info.style === 'sync' || info.style === 'async' || info.style === 'polled' || info.style === 'compute'
  return { receives, sends }
}

/** Styles that are about how Lambda is invoked get a badge. */
export const BADGED_STYLES = new Set(['sync', 'async', 'polled'])
