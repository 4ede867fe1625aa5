import type { EdgeId, NodeId } from '../ids.ts'

/**
 * What the consequence lint predicts. Codes are stable (the UI translates `lint.rules.<code>.title`); params fill
 * the sentence. Each rule names its reference section and the AWS page it comes from.
 */
export const CONSEQUENCE_RULES = {
  /**
   * §2.1 step 5: an async function that fails with nowhere to send the event loses it. A risk; "will fail" (danger)
   * only when a fault in the scenario makes the function fail (lint.ts escalates it).
   */
  asyncFailuresDiscarded: { ref: '§2.1', doc: 'invocation-async', severity: 'warning' },
  /** §3.2: default stream mapping (unlimited retries, no max age) blocks a shard on one bad record until it expires. */
  streamShardBlocked: { ref: '§3.2', doc: 'with-kinesis', severity: 'warning' },
  /** §4.1 guidance: visibility timeout ≥ 6 × function timeout (+ batching window). */
  sqsVisibilityBelowSixTimes: { ref: '§4.1', doc: 'with-sqs', severity: 'warning' },
  /** §4.1 / G27: CreateEventSourceMapping refuses a visibility timeout below the function timeout. */
  sqsVisibilityBelowTimeout: { ref: '§4.1', doc: 'with-sqs', severity: 'danger' },
  /** §4.1: AWS recommends maxReceiveCount ≥ 5 so throttled messages get more chances. */
  sqsLowMaxReceiveCount: { ref: '§4.1', doc: 'with-sqs', severity: 'warning' },
  /** §2.1 step 7, §5.3: reserved concurrency 0 throttles every invocation. */
  reservedConcurrencyZero: { ref: '§2.1', doc: 'invocation-async', severity: 'danger' },
  /** §7.3 / G33: a VPC function without NAT cannot reach the internet; calls hang until the timeout. */
  vpcNoNat: { ref: '§7.3', doc: 'configuration-vpc', severity: 'danger' },
  /** §7.5: the function is not in the database's VPC. */
  accessNotSameVpc: { ref: '§7.5', doc: 'services-rds-tutorial', severity: 'danger' },
  /** §7.5: the database's security group does not allow the function's group inbound. */
  accessNoSgRule: { ref: '§7.5', doc: 'services-rds-tutorial', severity: 'danger' },
  /** §10: the push source may not invoke the function (resource-based policy). */
  permissionMissingInvoke: { ref: '§10', doc: 'access-control-resource-based', severity: 'danger' },
  /** §10: the execution role cannot read the source. */
  permissionMissingRead: { ref: '§10', doc: 'lambda-intro-execution-role', severity: 'danger' },
  /**
   * §10, §2.4: the execution role cannot send to the DLQ or destination; the event is deleted (danger when it fails).
   */
  permissionMissingSend: { ref: '§10', doc: 'lambda-intro-execution-role', severity: 'warning' },
  /** §2.4: a function DLQ catches async invocations only, never SQS-mapping failures. */
  dlqOnSqsTriggeredFunction: { ref: '§2.4', doc: 'with-sqs', severity: 'warning' },
} as const satisfies Record<string, { ref: string; doc: string; severity: ConsequenceSeverity }>

export type ConsequenceSeverity = 'danger' | 'warning'
export type ConsequenceCode = keyof typeof CONSEQUENCE_RULES

export interface Consequence {
  /** Stable per rule and subject, so the list keeps React keys across edits. */
  key: string
  code: ConsequenceCode
  severity: ConsequenceSeverity
  ref: string
  docUrl: string
  nodeIds: NodeId[]
  edgeIds: EdgeId[]
  /** Values for the sentence: labels, seconds, counts. */
  params: Record<string, string | number>
}

/** §0: LDG23 `x` is the live page https://docs.aws.amazon.com/lambda/latest/dg/x.html. */
export function lambdaDocUrl(page: string): string {
  return `https://docs.aws.amazon.com/lambda/latest/dg/${page}.html`
}

export function consequence(
  code: ConsequenceCode,
  subject: string,
  targets: { nodeIds?: NodeId[]; edgeIds?: EdgeId[] },
  params: Record<string, string | number> = {}, // safe-keys: a default, never written by key
  docPage?: string,
  severity?: ConsequenceSeverity,
): Consequence {
  const rule = CONSEQUENCE_RULES[code]
  return {
    key: `${code}:${subject}`,
    code,
    severity: severity ?? rule.severity,
    ref: rule.ref,
    docUrl: lambdaDocUrl(docPage ?? rule.doc),
    nodeIds: targets.nodeIds ?? [],
    edgeIds: targets.edgeIds ?? [],
    params,
  }
}
