import type { EdgeRole, NodeType, Scenario, ScenarioEdge, ScenarioNode } from '../model'
// The module, not the model's barrel: the barrel's static imports reach zod and fflate (#16).
import { SCENARIO_FORMAT } from '../model/scenario'

const PUSH_SOURCES: readonly NodeType[] = ['apiGateway', 's3', 'sns', 'eventBridge', 'cloudWatchLogs']
const UNITS = 40
const ROWS = 20
const COL = 260
const ROW = 110

/**
 * A generated 200-node / 300-edge scenario for `npm run bench:ui` (loaded with `?bench=canvas200`, never on the normal
 * path): 40 units of source → function → queue → function → topic, wired with every role and across units.
 */
export function canvas200(): Scenario {
  const nodes: ScenarioNode[] = []
  const edges: ScenarioEdge[] = []
  const node = (type: NodeType, id: string, unit: number, k: number) => {
    const x = Math.floor(unit / ROWS) * COL * 6 + k * COL
    const y = (unit % ROWS) * ROW
    nodes.push({ id, type, position: { x, y } } as ScenarioNode)
  }
  const edge = (from: string, to: string, role: EdgeRole) => edges.push({ id: `${from}:${to}`, from, to, role })
  for (let u = 0; u < UNITS; u++) {
    node(PUSH_SOURCES[u % PUSH_SOURCES.length] ?? 's3', `src-${u}`, u, 0)
    node('lambda', `fnA-${u}`, u, 1)
    node('sqs', `queue-${u}`, u, 2)
    node('lambda', `fnB-${u}`, u, 3)
    node('sns', `topic-${u}`, u, 4)
  }
  for (let u = 0; u < UNITS; u++) {
    const next = (u + 1) % UNITS
    edge(`src-${u}`, `fnA-${u}`, 'trigger')
    edge(`fnA-${u}`, `queue-${u}`, 'onSuccess')
    edge(`queue-${u}`, `fnB-${u}`, 'eventSourceMapping')
    edge(`fnB-${u}`, `topic-${u}`, 'onFailure')
    edge(`fnA-${u}`, `topic-${u}`, 'dlq')
    edge(`fnB-${u}`, `fnA-${next}`, 'onSuccess')
    edge(`topic-${u}`, `fnA-${next}`, 'trigger')
    if (u % 2 === 0) edge(`src-${u}`, `fnB-${u}`, 'trigger')
  }
  return {
    format: SCENARIO_FORMAT,
    title: 'Benchmark: 200 nodes, 300 edges',
    era: 'current',
    seed: 1,
    durationMs: 60_000,
    nodes,
    edges: edges.slice(0, 300),
    traffic: [],
    faults: [],
  }
}
