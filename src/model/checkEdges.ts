import { connectionRule } from './connections.ts'
import { checkPollers } from './checkPollers.ts'
import { ESM_FIELDS, STREAM_ONLY_FIELDS, type EdgeConfig } from './edges.ts'
import { esmDefaults, ESM_FIELDS_SINCE_2018 } from './eventSourceMapping.ts'
import type { ScenarioIndex } from './graph.ts'
import { error, refusalIssue, warning, type Issue } from './issues.ts'
import { crossAccountRoleArn, SQS_MAPPING_DENIED } from './permissions/crossAccount.ts'
import type { Scenario } from './scenario.ts'

const secs = (ms: number) => `${Math.round(ms / 1000)} seconds`

/** Edge rules: references, roles per node-type pair (connectionRule), fields per role, era refusals, G27. */
export function checkEdges(s: Scenario, idx: ScenarioIndex): Issue[] {
  const issues: Issue[] = []
  const ids = new Set<string>()
  const dlqOf = new Map<string, number>()
  const destOf = new Map<string, number>()
  for (const ie of idx.edges) {
    const { edge, role, index } = ie
    const at = ['edges', index] as const
    if (ids.has(ie.id))
      issues.push(
        error([...at, 'id'], 'edge.duplicateId', `Another edge already has the id "${ie.id}".`, {
          params: { edgeId: ie.id },
        }),
      )
    ids.add(ie.id)
    const from = idx.nodeById.get(edge.from)
    const to = idx.nodeById.get(edge.to)
    if (!from)
      issues.push(
        error([...at, 'from'], 'edge.unknownNode', `No node has the id "${edge.from}".`, {
          params: { nodeId: edge.from },
        }),
      )
    if (!to)
      issues.push(
        error([...at, 'to'], 'edge.unknownNode', `No node has the id "${edge.to}".`, { params: { nodeId: edge.to } }),
      )
    if (!from || !to) continue
    if (role === null) {
      issues.push(
        error(
          [...at, 'role'],
          'edge.roleNeeded',
          `Say what this ${from.type} → ${to.type} edge is: ` +
            `${from.type === 'lambda' ? 'dlq, onSuccess or onFailure' : 'no role fits these two'}.`,
          { params: { from: from.type, to: to.type, roles: from.type === 'lambda' ? 'dlq,onSuccess,onFailure' : '' } },
        ),
      )
      continue
    }
    const verdict = connectionRule(from.type, to.type, role, s.era)
    if (!verdict.ok) {
      issues.push(refusalIssue([...at, 'role'], verdict))
      continue
    }
    const c: EdgeConfig = edge.config ?? {}
    const present = (Object.keys(c) as (keyof EdgeConfig)[]).filter((k) => c[k] !== undefined)
    const allowed: readonly (keyof EdgeConfig)[] =
      role === 'eventSourceMapping'
        ? ESM_FIELDS
        : role === 'dlq' && from.type === 'sqs'
          ? ['maxReceiveCount']
          : role === 'onFailure' && from.type !== 'lambda'
            ? ['mapping']
            : []
    for (const k of present)
      if (!allowed.includes(k))
        issues.push(
          error(
            [...at, 'config', k],
            'edge.fieldNotForRole',
            `${k} does not apply to a ${role} edge from ${from.type}.`,
            { params: { field: k, role, from: from.type } },
          ),
        )

    const fromAccount = idx.accountOf(edge.from)
    const toAccount = idx.accountOf(edge.to)
    // §10 cross-account SQS: CreateEventSourceMapping checks that the role can read the queue, so without the
    // queue policy's grant the mapping is never created (an error here, not a failure at run time).
    const refusedMapping =
      fromAccount !== toAccount && role === 'eventSourceMapping' && from.type === 'sqs' && edge.permission === 'missing'
    if (refusedMapping) {
      const roleArn = crossAccountRoleArn(toAccount, edge.to)
      issues.push(
        error(
          [...at, 'permission'],
          'esm.crossAccountRefused',
          `${SQS_MAPPING_DENIED.api} is refused: ${SQS_MAPPING_DENIED.errorCode} "${SQS_MAPPING_DENIED.awsMessage}". ` +
            `The policy of queue ${edge.from} in account ${fromAccount} must grant ${roleArn} ` +
            'sqs:ReceiveMessage, sqs:DeleteMessage and sqs:GetQueueAttributes.',
          { params: { queueId: edge.from, account: fromAccount, roleArn }, ref: '§10' },
        ),
      )
    } else if (fromAccount !== toAccount && (role === 'trigger' || role === 'eventSourceMapping'))
      issues.push(
        warning(
          [...at],
          'edge.crossAccount',
          role === 'trigger'
            ? `Cross-account: the function's resource policy must name account ${fromAccount} ` +
                '(or the service with its source account) as principal; ' +
                'set permission "missing" to see what happens without it.'
            : `Cross-account: the ${from.type} policy in account ${fromAccount} ` +
                "must grant the function's execution role the read actions.",
          { params: { from: from.type, account: fromAccount }, ref: '§10' },
        ),
      )
    if (role === 'eventSourceMapping') issues.push(...checkMapping(s, idx, ie.index, c, from.type, edge.to))
    if (role === 'dlq' && from.type === 'lambda') {
      dlqOf.set(edge.from, (dlqOf.get(edge.from) ?? 0) + 1)
      if ((dlqOf.get(edge.from) ?? 0) > 1)
        issues.push(
          error([...at], 'lambda.oneDlq', 'A function has one dead-letter queue (DeadLetterConfig.TargetArn).', {
            ref: '§2.4',
          }),
        )
      const onlyPolled = idx.edges.every((o) => o.edge.to !== edge.from || o.role !== 'trigger')
      if (onlyPolled && idx.edges.some((o) => o.edge.to === edge.from && o.role === 'eventSourceMapping'))
        issues.push(
          warning(
            [...at],
            'dlq.onlyAsync',
            'A function DLQ only catches async invocations. ' +
              'For an SQS source, put the DLQ on the source queue (its redrive policy).',
            { ref: '§2.4' },
          ),
        )
    }
    // §16: AWS refuses a function as its own destination (PutFunctionEventInvokeConfig) — it would loop without end.
    if (
      (role === 'dlq' || role === 'onSuccess' || role === 'onFailure') &&
      from.type === 'lambda' &&
      edge.from === edge.to
    )
      issues.push(
        error([...at, 'to'], 'lambda.selfDestination', "You can't specify the function as a destination for itself.", {
          params: { role },
          ref: '§16',
        }),
      )
    // §2.2: Lambda's async DLQ and destinations cannot be FIFO. §16: an SQS queue's own redrive DLQ is another rule —
    // it must be of the same kind as its source (FIFO for FIFO, standard for standard), and a FIFO one is valid.
    const redrive = role === 'dlq' && from.type === 'sqs'
    if (
      !redrive &&
      (role === 'dlq' || role === 'onSuccess' || role === 'onFailure') &&
      to.type === 'sqs' &&
      to.config?.fifo
    )
      issues.push(
        error([...at, 'to'], 'edge.fifoTarget', 'FIFO queues cannot be a DLQ or a destination.', { ref: '§2.2' }),
      )
    if (redrive && to.type === 'sqs' && (from.config?.fifo ?? false) !== (to.config?.fifo ?? false))
      issues.push(
        error(
          [...at, 'to'],
          'edge.redriveFifoMismatch',
          "A FIFO queue's dead-letter queue must also be FIFO, and a standard queue's must be standard.",
          { ref: '§16' },
        ),
      )
    if ((role === 'onSuccess' || role === 'onFailure') && from.type === 'lambda') {
      const key = `${edge.from}|${role}`
      destOf.set(key, (destOf.get(key) ?? 0) + 1)
      if ((destOf.get(key) ?? 0) > 1)
        issues.push(
          error([...at], 'lambda.oneDestination', `A function has one ${role} destination.`, {
            params: { role },
            ref: '§2.2',
          }),
        )
    }
    if (role === 'onFailure' && from.type !== 'lambda' && c.mapping !== undefined) {
      const m = idx.edgeById.get(c.mapping)
      if (!m || m.edge.from !== edge.from || m.role !== 'eventSourceMapping')
        issues.push(
          error(
            [...at, 'config', 'mapping'],
            'edge.unknownMapping',
            `"${c.mapping}" is not an event source mapping of ${edge.from}.`,
            { params: { mappingId: c.mapping, nodeId: edge.from } },
          ),
        )
    }
    if (role === 'access' && (to.type === 'rds' || to.type === 'elastiCache')) {
      const fnVpc = idx.vpcOf(edge.from)
      const dbVpc = idx.vpcOf(edge.to)
      if (fnVpc === null || fnVpc !== dbVpc)
        issues.push(
          warning(
            [...at],
            'access.notSameVpc',
            `The function is not in ${to.type}'s VPC: connections will hang until it times out.`,
            { params: { to: to.type }, ref: '§7.5' },
          ),
        )
      else {
        const sg = (from.type === 'lambda' ? from.config?.securityGroup : undefined) ?? 'default'
        const inbound = to.config?.inboundFrom ?? ['default']
        if (!inbound.includes(sg))
          issues.push(
            warning(
              [...at],
              'access.noSgRule',
              `${to.type}'s security group does not allow "${sg}" inbound: connections will time out.`,
              { params: { to: to.type, securityGroup: sg }, ref: '§7.5' },
            ),
          )
      }
    }
  }
  return issues
}

function checkMapping(
  s: Scenario,
  idx: ScenarioIndex,
  index: number,
  c: EdgeConfig,
  fromType: string,
  fnId: string,
): Issue[] {
  const issues: Issue[] = []
  const at = ['edges', index, 'config'] as const
  const is2018 = s.era === '2018'
  const from = idx.nodeById.get(idx.edges[index]?.edge.from ?? '')
  issues.push(...checkPollers(c, at, fromType, s.era))
  if (fromType === 'sqs') {
    for (const k of STREAM_ONLY_FIELDS)
      if (c[k] !== undefined)
        issues.push(
          error([...at, k], 'esm.streamOnly', `${k} is for Kinesis and DynamoDB Streams mappings only, not SQS.`, {
            params: { field: k },
            ref: '§4.1',
          }),
        )
    const fifo = from?.type === 'sqs' && from.config?.fifo === true
    const batch = c.batchSize ?? esmDefaults('sqs').batchSize
    if (batch > 10 && (is2018 || fifo))
      issues.push(
        is2018
          ? error([...at, 'batchSize'], 'era.sqsBatch', 'SQS batches above 10 did not exist in 2018: added Nov 2020.', {
              params: { arrivedMonth: '2020-11' },
              ref: '§12',
            })
          : error([...at, 'batchSize'], 'esm.fifoBatch', 'FIFO queues take batches of at most 10.', {
              params: { batchSize: batch },
              ref: '§4.1',
            }),
      )
    else if (batch > 10 && (c.maximumBatchingWindowMs ?? 0) < 1000)
      issues.push(
        error(
          [...at, 'batchSize'],
          'esm.sqsBatchWindow',
          'An SQS batch above 10 needs a batching window of at least 1 s.',
          { params: { batchSize: batch }, ref: '§4.1' },
        ),
      )
    if (is2018 && c.maxConcurrency !== undefined)
      issues.push(
        error([...at, 'maxConcurrency'], 'era.maxConcurrency', 'Maximum concurrency for SQS did not exist in 2018.', {
          ref: '§12',
        }),
      )
    if (is2018 && c.reportBatchItemFailures !== undefined)
      issues.push(
        error(
          [...at, 'reportBatchItemFailures'],
          'era.partialBatch',
          'Partial batch responses did not exist in 2018: added for SQS in Nov 2021.',
          { params: { arrivedMonth: '2021-11' }, ref: '§12' },
        ),
      )
    const fn = idx.nodeById.get(fnId)
    const fnTimeout = (fn?.type === 'lambda' ? fn.config?.timeoutMs : undefined) ?? 3000
    const vis = (from?.type === 'sqs' ? from.config?.visibilityTimeoutMs : undefined) ?? 30_000
    if (vis < fnTimeout)
      issues.push(
        error(
          ['edges', index],
          'esm.visibilityBelowTimeout',
          `InvalidParameterValueException: Queue visibility timeout: ${secs(vis)} ` +
            `is less than Function timeout: ${secs(fnTimeout)}`,
          {
            params: { visibilitySeconds: Math.round(vis / 1000), timeoutSeconds: Math.round(fnTimeout / 1000) },
            ref: '§4.1',
          },
        ),
      )
  } else {
    if (c.maxConcurrency !== undefined)
      issues.push(
        error([...at, 'maxConcurrency'], 'esm.sqsOnly', 'maxConcurrency applies to SQS mappings only.', {
          ref: '§4.2',
        }),
      )
    if (fromType === 'dynamoDbStream' && c.startingPosition === 'AT_TIMESTAMP')
      issues.push(
        error([...at, 'startingPosition'], 'esm.ddbAtTimestamp', 'DynamoDB Streams take TRIM_HORIZON or LATEST only.', {
          ref: '§3.1',
        }),
      )
    if (is2018) {
      const newer = ESM_FIELDS_SINCE_2018.stream
      for (const k of newer)
        if (c[k] !== undefined)
          issues.push(
            error(
              [...at, k],
              'era.streamSetting',
              `${k} did not exist in 2018: ` +
                'stream error handling settings came in Nov 2019 (partial batch responses in 2020).',
              { params: { field: k, arrivedMonth: '2019-11' }, ref: '§12' },
            ),
          )
    }
  }
  return issues
}
