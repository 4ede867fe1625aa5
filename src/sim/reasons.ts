/**
 * Every trace transition carries a reason code; each code maps to the section of the reference
 * (a heading of docs/aws-rules.md) whose rule it follows. The UI turns codes into sentences and doc links.
 * Add codes here (the pollers helper too); keep them stable — they are i18n keys.
 */
export const REASON_REF = {
  // sources and push delivery
  'traffic.emitted': '§1.2',
  'trigger.push': '§1.2',
  'trigger.fanout': '§1.2',
  'permission.invokeDenied': '§10',
  'permission.crossAccountDenied': '§10',
  'permission.kmsDenied': '§8',
  // §7.5 write-behind: a write to a table whose stream is enabled becomes a stream record
  'table.streamRecord': '§3.1',
  // synchronous
  'sync.request': '§1.1',
  'sync.ok': '§1.1',
  'sync.functionError': '§5.1',
  'sync.throttled': '§5.1',
  'sync.invocationError': '§5.1',
  'sync.clientRetry': '§5.1',
  'apigw.ok': '§5.2',
  'apigw.functionError502': '§5.2',
  'apigw.invokeRejected500': '§5.2',
  'apigw.integrationTimeout504': '§5.2',
  'apigw.malformedResponse': '§5.2',
  // asynchronous
  'async.accepted': '§2.1',
  'async.rejected': '§2.1',
  'async.retryAfterError': '§2.1',
  'async.backoffAfterThrottle': '§2.1',
  'async.retriesExhausted': '§2.1',
  'async.eventAgeExceeded': '§15',
  'async.zeroReservedConcurrency': '§2.1',
  'async.discarded': '§2.1',
  'async.succeeded': '§2.2',
  'async.duplicate': '§2.1',
  'dlq.sent': '§2.4',
  'dlq.sendFailed': '§2.4',
  'destination.sent': '§2.2',
  'destination.sendFailed': '§2.2',
  'message.arrived': '§2.2',
  // payload sizes (§16.13)
  'payload.requestTooLarge': '§16.13',
  'payload.snsTooLarge': '§16.13',
  'payload.dlqTooLarge': '§16.13',
  // the function's own writes and recursive loop detection (§16)
  'write.sent': '§16',
  'write.arrived': '§16',
  'loop.stopped': '§16',
  // invocation and environments
  'invoke.cold': '§7.1',
  'invoke.warm': '§7.1',
  'invoke.provisioned': '§7.4',
  'invoke.spillover': '§7.4',
  'invoke.success': '§1.1',
  'invoke.functionError': '§5.1',
  'invoke.timeout': '§6',
  'init.limitExceeded': '§7.1',
  'throttle.reserved': '§5.3',
  'throttle.account': '§5.3',
  'throttle.scalingRate': '§5.3',
  'throttle.burst2018': '§5.3',
  'env.created': '§7.1',
  'env.provisioned': '§7.4',
  'env.ready': '§7.1',
  'env.reclaimed': '§7.1',
  'env.resetAfterTimeout': '§6',
  'env.eniAttach': '§7.2',
  // VPC and data access
  'vpc.eniLimit': '§7.2',
  'vpc.pending': '§7.3',
  'vpc.inactive': '§7.3',
  'vpc.active': '§7.3',
  'vpc.noNatHang': '§7.3',
  'access.call': '§7.5',
  'access.hang': '§7.5',
  // polled sources (for the pollers helper; extend as needed)
  'esm.poll': '§3.1',
  'esm.batch': '§3.1',
  'esm.retryBatch': '§3.2',
  'esm.shardBlocked': '§3.2',
  'esm.recordExpired': '§3.1',
  'esm.recordAgeExceeded': '§3.2',
  'esm.retriesExhausted': '§3.2',
  'esm.bisect': '§3.2',
  'esm.partialBatch': '§3.2',
  'esm.onFailure': '§3.2',
  'esm.checkpoint': '§3.2',
  'sqs.received': '§4.1',
  'sqs.deleted': '§4.1',
  'sqs.visibilityTimeout': '§4.1',
  'sqs.redrive': '§4.1',
  'sqs.scaling': '§4.2',
  // polled sources, added by the pollers (src/sim/pollers/README.md)
  'esm.rejected': '§4.1',
  'esm.disabled': '§3.2',
  'esm.readDenied': '§10',
  'esm.crossAccountReadDenied': '§10',
  'esm.readResumed': '§10',
  'esm.throttled': '§3.2',
  'esm.fanout': '§3.1',
  'esm.skipped': '§3.1',
  'esm.unpolled': '§3.1',
  'sqs.batchFailed': '§4.1',
  'sqs.throttled': '§4.1',
  'sqs.partialBatch': '§4.3',
  'sqs.retentionExpired': '§4.1',
  'sqs.messageArrived': '§4.1',
  // §16: recursive loop detection stopped an SQS message; the source queue's redrive DLQ takes it (our reading)
  'loop.redrive': '§16',
} as const

export type ReasonCode = keyof typeof REASON_REF

export function refOf(reason: ReasonCode): string {
  return REASON_REF[reason]
}
