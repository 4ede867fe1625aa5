import { isPolledSource, isPushSource } from './catalogue.ts'
import type { FaultKind } from './faults.ts'
import type { ScenarioIndex } from './graph.ts'
import { error, warning, type Issue } from './issues.ts'
import type { Scenario } from './scenario.ts'
import type { NodeType } from './services/index.ts'
import { permissionFitsRole } from './wirePermission.ts'

/** Which node types each fault kind may target (edge ids are handled separately for revokePermission/recover). */
export const FAULT_TARGETS: Record<FaultKind, readonly NodeType[] | 'any'> = {
  fail: ['lambda'],
  failAttempts: ['lambda'],
  failProbability: ['lambda'],
  failNext: ['lambda'],
  timeout: ['lambda'],
  returns: ['lambda'],
  throttle: ['lambda'],
  poisonRecord: ['kinesis', 'dynamoDbStream', 'sqs'],
  revokePermission: ['lambda'],
  eniExhaustion: ['vpc'],
  duplicateDelivery: 'any',
  recover: 'any',
}

/** Traffic and fault rules: references, target kinds, ranges that depend on each other. */
export function checkInputs(s: Scenario, idx: ScenarioIndex): Issue[] {
  const issues: Issue[] = []
  s.traffic.forEach((t, i) => {
    const at = ['traffic', i] as const
    const src = idx.nodeById.get(t.source)
    if (!src) {
      issues.push(
        error([...at, 'source'], 'traffic.unknownSource', `No node has the id "${t.source}".`, {
          params: { nodeId: t.source },
        }),
      )
      return
    }
    if (!isPushSource(src.type) && !isPolledSource(src.type))
      issues.push(
        error(
          [...at, 'source'],
          'traffic.notASource',
          `Events cannot start at a ${src.type}; start them at a source (a client, S3, a queue…).`,
          { params: { nodeType: src.type } },
        ),
      )
    else if (
      !idx.edges.some((e) => e.edge.from === t.source && (e.role === 'trigger' || e.role === 'eventSourceMapping'))
    )
      issues.push(
        warning(
          [...at, 'source'],
          'traffic.unwired',
          `${t.source} is not wired to any function: its events go nowhere.`,
          { params: { nodeId: t.source } },
        ),
      )
    // A FIFO queue takes them as MessageGroupIds (§4.2).
    if (
      t.partitionKeys &&
      src.type !== 'kinesis' &&
      src.type !== 'dynamoDbStream' &&
      !(src.type === 'sqs' && src.config?.fifo === true)
    )
      issues.push(
        warning(
          [...at, 'partitionKeys'],
          'traffic.partitionKeysIgnored',
          'Partition keys only matter for stream records.',
        ),
      )
    if (t.kind === 'every' && t.untilMs !== undefined && t.untilMs < (t.startMs ?? 0))
      issues.push(
        error([...at, 'untilMs'], 'traffic.untilBeforeStart', 'untilMs is before startMs.', {
          params: { untilMs: t.untilMs, startMs: t.startMs ?? 0 },
        }),
      )
  })
  const edgeIds = new Set(idx.edges.map((e) => e.id))
  s.faults.forEach((f, i) => {
    const at = ['faults', i] as const
    const node = idx.nodeById.get(f.target)
    const edge = idx.edgeById.get(f.target)
    if (!node && !edgeIds.has(f.target)) {
      issues.push(
        error([...at, 'target'], 'fault.unknownTarget', `No node or edge has the id "${f.target}".`, {
          params: { targetId: f.target },
        }),
      )
      return
    }
    if (f.kind === 'revokePermission' && edge) {
      if (!permissionFitsRole(f.permission, edge.role))
        issues.push(
          error(
            [...at, 'permission'],
            'fault.permissionEdge',
            `${f.permission} is not a permission of a ${edge.role ?? 'role-less'} edge.`,
            {
              params: { permission: f.permission, role: edge.role ?? 'none' },
              ref: '§10',
            },
          ),
        )
      return
    }
    const allowed = FAULT_TARGETS[f.kind]
    if (allowed !== 'any' && (!node || !allowed.includes(node.type)))
      issues.push(
        error(
          [...at, 'target'],
          'fault.badTarget',
          `A ${f.kind} fault targets ${allowed.join(' or ')}, not ${node?.type ?? 'an edge'}.`,
          {
            params: { faultKind: f.kind, allowedTypes: allowed.join(','), nodeType: node?.type ?? 'edge' },
          },
        ),
      )
    if (f.kind === 'failAttempts' && f.toAttempt < f.fromAttempt)
      issues.push(
        error([...at, 'toAttempt'], 'fault.attemptRange', 'toAttempt is before fromAttempt.', {
          params: { fromAttempt: f.fromAttempt, toAttempt: f.toAttempt },
        }),
      )
    if (f.kind === 'poisonRecord' && (f.key === undefined) === (f.index === undefined))
      issues.push(error([...at], 'fault.poisonWhich', 'Name the poison record by key or by index (one of them).'))
    const limit = s.accountConcurrencyLimit ?? 1000
    if (f.kind === 'throttle' && f.reservedConcurrency > limit - 100)
      issues.push(
        error([...at, 'reservedConcurrency'], 'concurrency.unreservedFloor', 'At least 100 must stay unreserved.', {
          params: { reserved: f.reservedConcurrency, accountLimit: limit, maxReserved: limit - 100 },
          ref: '§5.3',
        }),
      )
  })
  return issues
}
