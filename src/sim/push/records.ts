import { isoFromMs } from '../isoTime.ts'
import type { Kernel } from '../kernel.ts'
import type { AsyncState } from './asyncState.ts'

/** Why an async event failed (§2.3); see delivery.ts. */
export type AsyncCondition =
  'RetriesExhausted' | 'EventAgeExceeded' | 'ZeroReservedConcurrency' | 'RecursiveInvocationDetected'

/**
 * §16 (observed): a function error's responsePayload carries errorMessage, errorType, requestId and stackTrace.
 * The stack is illustrative (a Node handler's first frame); a timeout has none.
 */
export function errorPayload(
  errorType: string | null,
  errorMessage: string | null,
  requestId: string,
  runtime: 'nodejs' | 'python',
): Record<string, unknown> {
  const type = errorType ?? 'Error'
  const message = errorMessage ?? 'Unhandled'
  const timedOut = type === 'Sandbox.Timedout'
  const stackTrace = timedOut
    ? []
    : runtime === 'python'
      ? ['  File "/var/task/lambda_function.py", line 3, in lambda_handler\n']
      : [`${type}: ${message}`, '    at Runtime.handler (file:///var/task/index.mjs:3:9)']
  return { errorMessage: message, errorType: type, requestId, stackTrace }
}

/**
 * §2.3 invocation record. `timestamp` is ISO-8601 like AWS's, for the sim instant (sim 0 = the Unix epoch, as in the
 * pollers' records; the core reads no wall clock). §16: an Invoke without payload records `requestPayload: {}`.
 */
export function invocationRecord(
  k: Kernel,
  st: AsyncState,
  condition: AsyncCondition | 'Success',
  responsePayload: unknown = null,
): Record<string, unknown> {
  const rec: Record<string, unknown> = {
    version: '1.0',
    timestamp: isoFromMs(k.nowMs),
    requestContext: {
      requestId: st.requestId,
      functionArn: `${st.fn.functionArn}:$LATEST`,
      condition,
      approximateInvokeCount: st.runs,
    },
    requestPayload: st.ev.payload ?? {},
  }
  // §15: when the function never ran there is no responseContext / responsePayload.
  if (st.runs > 0) {
    rec.responseContext =
      condition === 'Success'
        ? { statusCode: 200, executedVersion: '$LATEST' }
        : { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' }
    rec.responsePayload =
      condition === 'Success'
        ? responsePayload
        : errorPayload(st.lastErrorType, st.lastErrorMessage, st.requestId, st.fn.cfg.runtime)
  }
  return rec
}

/** 32 hex digits from a counter, shaped like a UUID (deterministic: no randomness in the core). */
function pseudoUuid(n: number): string {
  const hex = n.toString(16).padStart(12, '0').slice(-12)
  return `00000000-0000-4000-8000-${hex}`
}

/**
 * What a destination of each type receives (§2.3): SQS the record as body, SNS as `Message`, EventBridge as `detail`
 * in an event envelope (§16: `version: "0"` and `resources` naming the bus and the function).
 */
export function wrapForTarget(
  k: Kernel,
  to: string,
  rec: Record<string, unknown>,
  success: boolean,
  functionArn: string,
): unknown {
  const node = k.scenario.nodeById.get(to)
  if (node?.type === 'eventBridge') {
    const region = k.scenario.region
    return {
      version: '0',
      id: pseudoUuid(k.trace.length),
      'detail-type': `Lambda Function Invocation Result - ${success ? 'Success' : 'Failure'}`,
      source: 'lambda',
      account: node.accountId,
      time: `${isoFromMs(k.nowMs).slice(0, 19)}Z`,
      region,
      resources: [`arn:aws:events:${region}:${node.accountId}:event-bus/${node.id}`, `${functionArn}:$LATEST`],
      detail: rec,
    }
  }
  if (node?.type === 'sns') return { Message: rec }
  return rec
}
