/**
 * §9 The context object a handler gets, with the names of its runtime (Node.js camelCase, Python snake_case).
 * Pure: the remaining time is a function of the simulated now, so the panel can count it down per frame.
 */
import type { Context } from 'aws-lambda'
import { isoFromMs } from '../isoTime.ts'
import { hexOf } from '../events/encoding.ts'

export type Runtime = 'nodejs' | 'python'

export interface ContextInput {
  functionId: string
  accountId: string
  region: string
  memoryMb: number
  timeoutMs: number
  requestId: string
  /** When the handler starts (after init on a cold start); the deadline is this plus the timeout. */
  handlerStartMs: number
  /** When it ended (null while running): the remaining time stops there. */
  endMs: number | null
  envId: string
}

/** The fields as a Node.js handler reads them; typed against @types/aws-lambda's Context (minus the functions). */
export type NodeContextFields = Pick<
  Context,
  | 'functionName'
  | 'functionVersion'
  | 'invokedFunctionArn'
  | 'memoryLimitInMB'
  | 'awsRequestId'
  | 'logGroupName'
  | 'logStreamName'
  | 'callbackWaitsForEmptyEventLoop'
>

export function nodeContext(c: ContextInput): NodeContextFields {
  return {
    functionName: c.functionId,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${c.region}:${c.accountId}:function:${c.functionId}`,
    // a string in today's types, a number in the 2018 ones (§9)
    memoryLimitInMB: String(c.memoryMb),
    awsRequestId: c.requestId,
    logGroupName: `/aws/lambda/${c.functionId}`,
    logStreamName: logStreamOf(c),
    callbackWaitsForEmptyEventLoop: true,
  }
}

/** Python's LambdaContext attributes (no published type): the same values under snake_case names. */
export function pythonContext(c: ContextInput): Record<string, string | number> {
  const n = nodeContext(c)
  return {
    function_name: n.functionName,
    function_version: n.functionVersion,
    invoked_function_arn: n.invokedFunctionArn,
    memory_limit_in_mb: c.memoryMb,
    aws_request_id: n.awsRequestId,
    log_group_name: n.logGroupName,
    log_stream_name: n.logStreamName,
  }
}

/** The method that tells the time left, by runtime. */
export const remainingMethod = (r: Runtime) =>
  r === 'python' ? 'get_remaining_time_in_millis()' : 'getRemainingTimeInMillis()'

/** The context's fields in the runtime's names, in the order the docs list them (§9 table). */
export function contextFields(r: Runtime, c: ContextInput): readonly (readonly [string, string | number | boolean])[] {
  return Object.entries(r === 'python' ? pythonContext(c) : nodeContext(c))
}

/** Time left at `nowMs`: the full timeout before the handler starts, counting down, frozen where it ended, ≥ 0. */
export function remainingMs(c: ContextInput, nowMs: number): number {
  const at = Math.min(Math.max(nowMs, c.handlerStartMs), c.endMs ?? Number.MAX_SAFE_INTEGER)
  return Math.max(0, c.handlerStartMs + c.timeoutMs - at)
}

/** `2026/01/05/[$LATEST]<hex>`: the day of the environment's start and an id per environment. */
function logStreamOf(c: ContextInput): string {
  const day = isoFromMs(c.handlerStartMs).slice(0, 10).replace(/-/g, '/')
  return `${day}/[$LATEST]${hexOf(`${c.functionId}/${c.envId}`, 32)}`
}
