import { connectionRule, EDGE_ROLES, indexScenario, resolveLambdaConfig, type Scenario } from '../../model'

/**
 * A value offered by a field. `label` replaces the raw value where that is an id (a mapping's edge id reads as
 * "Orders stream → Resize"); `usedBy` names the canvas parts that use it (user data: labels, not translated).
 */
export interface Choice {
  value: string
  label?: string
  usedBy?: readonly string[]
}

/** Where a field's choices come from: the document, and the item being edited (its id: node or edge). */
export type ChoiceSource = (doc: Scenario, selfId: string) => readonly Choice[]

const nameOf = (doc: Scenario, id: string) => {
  const n = doc.nodes.find((x) => x.id === id)
  return n?.label ?? id
}

/**
 * §7.5: the security groups functions on the canvas use (their `securityGroup`, "default" when unset), each with the
 * functions using it, plus the groups databases already allow — so an inbound rule is picked, not guessed.
 */
export const securityGroupsInUse: ChoiceSource = (doc, selfId) => {
  const users = new Map<string, string[]>()
  const add = (sg: string, who?: string) => {
    const list = users.get(sg) ?? []
    if (who !== undefined) list.push(who)
    users.set(sg, list)
  }
  for (const n of doc.nodes) {
    if (n.type === 'lambda') add(resolveLambdaConfig(n.config, doc.era).securityGroup, n.label ?? n.id)
    else if ((n.type === 'rds' || n.type === 'elastiCache') && n.id !== selfId)
      for (const sg of n.config?.inboundFrom ?? []) add(sg)
  }
  return [...users]
    .map(([value, usedBy]) => ({ value, usedBy }))
    .sort((a, b) => b.usedBy.length - a.usedBy.length || a.value.localeCompare(b.value))
}

/** §3.2: the event source mappings of the stream an on-failure destination leaves from (by their edge ids). */
export const mappingsOfSource: ChoiceSource = (doc, selfId) => {
  const idx = indexScenario(doc)
  const self = idx.edgeById.get(selfId)
  if (!self) return []
  return idx.edges
    .filter((e) => e.role === 'eventSourceMapping' && e.edge.from === self.edge.from)
    .map((e) => ({ value: e.id, label: `${nameOf(doc, e.edge.from)} → ${nameOf(doc, e.edge.to)}` }))
}

/** Regions people pick most, first those §5.3 names for the 2018 burst (3,000, then 1,000, then 500 elsewhere). */
export const REGION_CHOICES: readonly Choice[] = [
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'us-east-2',
  'eu-central-1',
  'ap-northeast-1',
  'us-west-1',
  'eu-west-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-south-1',
  'ca-central-1',
  'sa-east-1',
].map((value) => ({ value }))

/** The roles AWS allows between an edge's two ends in this era (a function → queue: DLQ, on-failure or on-success). */
export const legalRoles: ChoiceSource = (doc, selfId) => {
  const idx = indexScenario(doc)
  const self = idx.edgeById.get(selfId)
  const from = self ? idx.nodeById.get(self.edge.from) : undefined
  const to = self ? idx.nodeById.get(self.edge.to) : undefined
  if (!from || !to) return []
  return EDGE_ROLES.filter((r) => connectionRule(from.type, to.type, r, doc.era).ok).map((value) => ({ value }))
}
