import type { EdgeRole, Era, NodeType, ScenarioNode } from '../../model'
import { permissionForRole } from '../../model'
import { useAppStore } from '../../store/useAppStore'
import { FaultSection } from './FaultSection'
import type { Commit } from './forms'
import { acceptsTraffic } from './inputEntries'
import { TrafficSection } from './TrafficSection'

/** Under a node's settings: the traffic entering it (sources) and the faults aimed at it. */
export function NodeInputs({ node, era, commit }: { node: ScenarioNode; era: Era; commit: Commit }) {
  // A hand-written file may start traffic where none can start: list it anyway, with the model's error on it.
  const hasTraffic = useAppStore((s) => s.scenario.traffic.some((t) => t.source === node.id))
  return (
    <>
      {acceptsTraffic(node.type) || hasTraffic ? <TrafficSection node={node} era={era} commit={commit} /> : null}
      <FaultSection
        host={{ kind: 'node', type: node.type }}
        targetId={node.id}
        name={node.label ?? node.id}
        era={era}
        commit={commit}
      />
    </>
  )
}

/** Under a wire's settings: the revocation of the permission it needs (§10). */
export function EdgeInputs({
  edgeId,
  role,
  fromType,
  name,
  era,
  commit,
}: {
  edgeId: string
  role: EdgeRole | null
  fromType: NodeType | undefined
  name: string
  era: Era
  commit: Commit
}) {
  const permission = fromType ? permissionForRole(role, fromType) : null
  return <FaultSection host={{ kind: 'edge', permission }} targetId={edgeId} name={name} era={era} commit={commit} />
}
