import type { TFunction } from 'i18next'
import type { Highlight } from '../../lessons'
import type { ResolvedScenario } from '../../model'
import { displayNames } from '../narration/displayNames'

/** The drawer tab a step's highlights live in (shard lanes: Timeline; log lines: Log), so they are in sight. */
export function drawerTabOf(highlights: readonly Highlight[]): 'timeline' | 'log' | null {
  if (highlights.some((h) => h.kind === 'shard')) return 'timeline'
  if (highlights.some((h) => h.kind === 'log')) return 'log'
  return null
}

/** A highlight as the screen reader hears it: node labels, never ids where a label exists. */
export function highlightText(t: TFunction, h: Highlight, resolved: ResolvedScenario | null): string {
  const label = (id: string) => resolved?.nodes.find((n) => n.id === id)?.label ?? id
  switch (h.kind) {
    case 'node':
      return label(h.nodeId)
    case 'edge': {
      const e = resolved?.edges.find((x) => x.id === h.edgeId)
      return e ? t('lessons.player.edgeItem', { from: label(e.from), to: label(e.to) }) : h.edgeId
    }
    case 'shard':
      return t('lessons.player.shardItem', { shard: h.shardId, node: label(h.nodeId) })
    case 'log':
      return t('lessons.player.logItem', {
        event: displayNames(resolved ?? undefined, (k, v) => t(k, v)).event(h.eventId),
      })
  }
}

/**
 * CSS that rings the highlighted nodes and edges (React Flow marks its elements with data-id), shard lanes
 * (`data-shard-lane="<stream>/<shard>"`, and their stream's node) and log lines (`data-log-event`).
 */
export function highlightCss(highlights: readonly Highlight[]): string {
  const q = (id: string) => JSON.stringify(id)
  const nodes = highlights.flatMap((h) =>
    h.kind === 'node' || h.kind === 'shard' ? [`.react-flow__node[data-id=${q(h.nodeId)}]`] : [],
  )
  const edges = highlights.flatMap((h) => (h.kind === 'edge' ? [`.react-flow__edge[data-id=${q(h.edgeId)}]`] : []))
  const shards = highlights.flatMap((h) =>
    h.kind === 'shard' ? [`[data-shard-lane=${q(`${h.nodeId}/${h.shardId}`)}]`] : [],
  )
  const rules: string[] = []
  if (nodes.length)
    rules.push(
      `${nodes.join(',')}{z-index:5!important}`,
      `${nodes.map((s) => `${s}>*`).join(',')}` +
        '{box-shadow:0 0 0 3px var(--lesson-ring),0 0 22px 6px var(--lesson-glow);' +
        'border-radius:var(--radius);animation:lesson-pulse 1.6s ease-in-out infinite}',
    )
  if (edges.length)
    rules.push(
      `${edges.map((s) => `${s} path`).join(',')}` +
        '{stroke:var(--lesson-ring)!important;stroke-width:4px!important;' +
        'filter:drop-shadow(0 0 4px var(--lesson-glow))}',
    )
  const logs = highlights.flatMap((h) => (h.kind === 'log' ? [`[data-log-event=${q(h.eventId)}]`] : []))
  const lanes = [...shards, ...logs]
  if (lanes.length)
    rules.push(
      `${lanes.join(',')}` +
        '{outline:3px solid var(--lesson-ring);outline-offset:-3px;box-shadow:0 0 12px 2px var(--lesson-glow)}',
    )
  return rules.join('\n')
}
