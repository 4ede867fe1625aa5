/**
 * Round trip with the SAM exporter (src/model/export/sam): import → scenario → export → import. The exporter chooses
 * its own logical ids (security groups `<Vpc><Name>Sg`, rules named after their event), so ids can differ; what must
 * not change is the architecture: the same kinds of nodes, the same wiring (roles between the same kinds of node) and
 * the same settings on every function, queue, stream, API and VPC.
 */
import { describe, expect, it } from 'vitest'
import { exportSam } from '../export/sam/index.ts'
import { resolveScenario } from '../resolve.ts'
import type { Scenario } from '../scenario.ts'
import { importTemplate } from './importTemplate.ts'

const CORPUS = import.meta.glob<string>('./corpus/*', { query: '?raw', import: 'default', eager: true })

function imported(text: string): Scenario {
  const r = importTemplate(text)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.scenario
}

/**
 * The architecture without names, with AWS defaults applied (an exported template may write a default the original
 * left out: `ShardCount: 1`): node kinds with their settings, wires as kind → kind by role.
 */
function shape(doc: Scenario) {
  const s = resolveScenario(doc)
  const typeOf = new Map(s.nodes.map((n) => [n.id, n.type]))
  const settings = s.nodes.map((n) => {
    const { securityGroup: _sg, inboundFrom, ...config } = n.config as Record<string, unknown>
    return JSON.stringify({
      type: n.type,
      config,
      inbound: Array.isArray(inboundFrom) ? inboundFrom.length : null,
      inVpc: n.vpcId !== null,
    })
  })
  const wires = s.edges
    .map((e) => ({
      from: typeOf.get(e.from),
      to: typeOf.get(e.to),
      role: e.role,
      esm: e.esm,
      maxReceiveCount: e.role === 'dlq' ? e.maxReceiveCount : null,
      permission: e.permission,
    }))
    .map((w) => JSON.stringify({ ...w, permission: KNOWN_EXPORT_GAPS.has(w.from ?? '') ? null : w.permission }))
  return { settings: settings.sort(), wires: wires.sort(), traffic: s.traffic.length }
}

/**
 * What the SAM export cannot keep (listed in its notExpressed): a missing permission on a trigger from these sources
 * (SAM events always grant; S3 and CloudWatch Logs check the permission when the trigger is made). The exact
 * comparison, ids included, is roundTripExact.test.ts.
 */
const KNOWN_EXPORT_GAPS: ReadonlySet<string> = new Set(['s3', 'cloudWatchLogs', 'apiGateway', 'alexa'])

describe('import → export (SAM) → import keeps the architecture', () => {
  it.each(Object.keys(CORPUS))('%s', (name) => {
    const first = imported(CORPUS[name]!)
    const again = imported(exportSam(first).yaml)
    expect(shape(again)).toEqual(shape(first))
    // A second round changes nothing more than the first did, node for node.
    expect(shape(imported(exportSam(again).yaml))).toEqual(shape(again))
  })
})
