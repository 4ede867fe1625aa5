import type { ResolvedScenario } from '../../model'
import type { Translate } from './translate'

/** How the engine's own ids read to a person: what a user reads never shows a node id, an edge id or a batch key. */
export interface DisplayNames {
  /** A node's label (its id only when the scenario does not know it). */
  node: (nodeId: string) => string
  /** An event as the user knows it: `e6` stays; a poller's batch reads "batch 3 from orders" (en/ja). */
  event: (eventId: string) => string
  /** The same, short (a lane's label): `e6`, "batch 3". */
  eventShort: (eventId: string) => string
  /** An execution environment by its number on its function: `worker#3` reads "#3". */
  env: (envId: string) => string
}

/** The engine names a batch `<edge id>/b<n>` (SQS) or `<edge id>/<shard>[.<lane>]/b<n>` (streams, see sim/pollers). */
const BATCH = /^(.+)\/b(\d+)$/

export function displayNames(scenario: ResolvedScenario | undefined, t: Translate): DisplayNames {
  const node = (id: string) => scenario?.nodeById.get(id)?.label ?? id
  const event = (id: string) => {
    const m = BATCH.exec(id)
    if (!m) return id
    const [, key = '', n = ''] = m
    const edge = scenario?.edges.find((e) => key === e.id || key.startsWith(`${e.id}/`))
    if (!edge) return t('narration.batchName', { n, source: '?' })
    const shard = key.slice(edge.id.length + 1).replace(/\.\d+$/, '')
    const source = node(edge.from)
    return shard ? t('narration.batchNameShard', { n, source, shard }) : t('narration.batchName', { n, source })
  }
  const eventShort = (id: string) => {
    const n = BATCH.exec(id)?.[2]
    return n === undefined ? id : t('narration.batchShort', { n })
  }
  const env = (id: string) => {
    const at = id.lastIndexOf('#')
    return at > 0 ? id.slice(at) : id
  }
  return { node, event, eventShort, env }
}
