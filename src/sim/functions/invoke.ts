import { readBatchResponse, returnForAttempt, type HandlerReturn } from '../../model/index.ts'
import type { Kernel } from '../kernel.ts'
import type { ReasonCode } from '../reasons.ts'
import type { TimerHandler } from '../queue.ts'
import {
  ACCESS_HOP_MS,
  BURST_2018_PER_MINUTE,
  ENI_MEMORY_MB,
  INIT_LIMIT_MS,
  SCALE_ENVS_PER_WINDOW,
  SCALE_WINDOW_MS,
} from '../timing.ts'
import { RUN_ERROR, RUN_FOREVER, RUN_NORMAL } from '../faults.ts'
import type { AccountConcurrency } from './account.ts'
import type { Invocation } from './invocation.ts'
import { releaseEnv, toPending } from './lifecycle.ts'
import type { Env, FunctionRuntime } from './runtime.ts'

/** What the invoker needs from the run's functions (functions/host.ts). */
export interface FunctionLookup {
  readonly account: AccountConcurrency
  fn(id: string): FunctionRuntime
}

/**
 * The invoker: one per run, holding the kernel, so timers need no per-invocation closures.
 * `onTimer` ends a running invocation; `refusals.onTimer` hands a refusal to its client.
 */
export class Invoker implements TimerHandler {
  readonly refusals: TimerHandler
  private readonly k: Kernel
  readonly fns: FunctionLookup
  constructor(k: Kernel, fns: FunctionLookup) {
    this.k = k
    this.fns = fns
    this.refusals = { onTimer: (_atMs, arg) => (arg as Invocation).client.onInvokeResult(k, arg as Invocation) }
  }

  /** End of a running invocation: free the environment, trace the end, hand the outcome to the client. */
  onTimer(_atMs: number, arg: unknown): void {
    const inv = arg as Invocation
    const k = this.k
    const fn = inv.fn!
    const result = inv.result as 'success' | 'error' | 'timeout'
    releaseEnv(k, this.fns.account, fn, inv.env!, result === 'timeout')
    if (result !== 'success') fn.m.errors.add(k.nowMs, 1)
    const reason: ReasonCode =
      result === 'success' ? 'invoke.success' : result === 'timeout' ? 'invoke.timeout' : 'invoke.functionError'
    k.trace.end(k.nowMs, reason, inv.eventId, inv.fnId, inv.attempt, inv.envId, result, inv.errorType, inv.errorMessage)
    inv.client.onInvokeResult(k, inv)
  }

  invoke(inv: Invocation): void {
    invokeFunction(this.k, this, inv)
  }
}

function refuse(
  k: Kernel,
  invoker: Invoker,
  fn: FunctionRuntime,
  inv: Invocation,
  result: 'throttled' | 'rejected',
  statusCode: number,
  errorType: string,
  throttleReason: string | null,
  reason: ReasonCode,
): void {
  const now = k.nowMs
  inv.result = result
  inv.startMs = now
  inv.handlerStartMs = now
  inv.endMs = now
  inv.statusCode = statusCode
  inv.errorType = errorType
  inv.throttleReason = throttleReason
  inv.errorMessage = throttleReason ?? errorType
  if (result === 'throttled') fn.m.throttles.add(now, 1)
  k.trace.refused(now, reason, inv.eventId, fn.node.id, inv.attempt, result, statusCode, errorType, throttleReason)
  k.schedule(now, invoker.refusals, inv)
}

const timedOutMessage = (timeoutMs: number) => `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`

/**
 * Run a function (the kernel's one way in). Order of checks follows what a caller would see: function state (§7.3),
 * concurrency (§5.3), a new environment's scaling rate, ENIs (§7.2) and KMS (§8), then the handler with its faults.
 */
function invokeFunction(k: Kernel, invoker: Invoker, inv: Invocation): void {
  const fn = inv.fn ?? (inv.fn = invoker.fns.fn(inv.fnId))
  const now = k.nowMs
  const acct = invoker.fns.account
  if (fn.state === 'Pending')
    return refuse(k, invoker, fn, inv, 'rejected', 409, 'ResourceConflictException', null, 'vpc.pending')
  if (fn.state === 'Inactive') {
    // §7.3: the first invoke after weeks idle fails and starts re-creating the ENI (Pending → Active).
    refuse(k, invoker, fn, inv, 'rejected', 502, 'ResourceNotReadyException', null, 'vpc.inactive')
    toPending(k, fn)
    return
  }
  const cap = k.faults.throttleCap(fn.node.id, now) ?? fn.cfg.reservedConcurrency
  if (cap !== null && fn.busy >= cap)
    return refuse(
      k,
      invoker,
      fn,
      inv,
      'throttled',
      429,
      'TooManyRequestsException',
      'ReservedFunctionConcurrentInvocationLimitExceeded',
      'throttle.reserved',
    )
  const unreserved = fn.cfg.reservedConcurrency === null
  if ((unreserved && acct.unreservedInUse >= acct.unreservedPool) || acct.inUse >= acct.limit)
    return refuse(
      k,
      invoker,
      fn,
      inv,
      'throttled',
      429,
      'TooManyRequestsException',
      'ConcurrentInvocationLimitExceeded',
      'throttle.account',
    )

  let env: Env | null = fn.takeIdle()
  let cold = false
  let preMs = 0 // ENI attach + init before the handler
  let eniEndMs = now
  let reinitMs = 0 // G37: init re-run inside the invoke phase, counted against the timeout
  let startReason: ReasonCode = 'invoke.warm'
  if (env === null) {
    if (acct.burst !== Number.POSITIVE_INFINITY) {
      // §5.3 (2018): burst limit, then +500 per minute.
      if (acct.burstHitMs < 0 && acct.inUse >= acct.burst) acct.burstHitMs = now
      const ceiling =
        acct.burstHitMs < 0
          ? acct.burst
          : acct.burst + Math.floor((now - acct.burstHitMs) / 60_000) * BURST_2018_PER_MINUTE
      if (acct.inUse >= ceiling)
        return refuse(
          k,
          invoker,
          fn,
          inv,
          'throttled',
          429,
          'TooManyRequestsException',
          'ConcurrentInvocationLimitExceeded',
          'throttle.burst2018',
        )
    } else {
      // §5.3 (current): 1,000 new environments per function per 10 s window.
      const w = Math.floor(now / SCALE_WINDOW_MS)
      if (w !== fn.scaleWindow) {
        fn.scaleWindow = w
        fn.scaleCount = 0
      }
      if (fn.scaleCount >= SCALE_ENVS_PER_WINDOW)
        return refuse(
          k,
          invoker,
          fn,
          inv,
          'throttled',
          429,
          'TooManyRequestsException',
          'ConcurrentInvocationLimitExceeded',
          'throttle.scalingRate',
        )
    }
    const vpc = fn.vpc
    if (vpc !== null && k.scenario.era === '2018') {
      const c = vpc.config
      const enisNow = Math.ceil(vpc.memMbInUse / ENI_MEMORY_MB)
      const needed = Math.ceil((vpc.memMbInUse + fn.cfg.memoryMb) / ENI_MEMORY_MB)
      if (needed > enisNow) {
        const code = k.faults.isActive(vpc.id, 'eniExhaustion', now)
          ? 'EC2ThrottledException'
          : needed > c.eniLimit
            ? 'ENILimitReachedException'
            : needed > c.freeIpCount
              ? 'SubnetIPAddressLimitReachedException'
              : null
        if (code !== null) return refuse(k, invoker, fn, inv, 'rejected', 502, code, null, 'vpc.eniLimit')
      }
    }
    if (fn.cfg.kmsKeyArn !== null && k.faults.revoked('kmsDecrypt', now, null, fn.node.id))
      return refuse(k, invoker, fn, inv, 'rejected', 502, 'KMSAccessDeniedException', null, 'permission.kmsDenied')
    fn.scaleCount++
    env = fn.newEnv(false)
    if (vpc !== null) vpc.memMbInUse += fn.cfg.memoryMb
    cold = true
    startReason = fn.cfg.provisionedConcurrency > 0 ? 'invoke.spillover' : 'invoke.cold'
    if (fn.cfg.provisionedConcurrency > 0) fn.m.spillover.add(now, 1)
    k.trace.env(now, 'env.created', 'env.created', fn.node.id, env.id)
    if (vpc !== null && k.scenario.era === '2018') {
      preMs += fn.cfg.eniAttachMs // §7.2 ENI attach per new environment
      eniEndMs = now + fn.cfg.eniAttachMs
    }
  } else if (env.provisioned) {
    startReason = 'invoke.provisioned'
  }
  if (cold || env.needsInit) {
    cold = true
    env.needsInit = false
    const init = fn.cfg.initMs
    preMs += init > INIT_LIMIT_MS ? INIT_LIMIT_MS : init
    if (init > INIT_LIMIT_MS) reinitMs = init // G37: the 10 s init fails; Lambda re-runs it in the invoke phase
    fn.m.coldStarts.add(now, 1)
    if (startReason === 'invoke.warm') startReason = 'invoke.cold'
  }

  env.busy = true
  fn.busy++
  acct.inUse++
  if (unreserved) acct.unreservedInUse++
  fn.m.concurrent.set(now, fn.busy)
  acct.record(now)
  fn.m.invocations.add(now, 1)

  const handlerStart = now + preMs
  let runMs: number
  const behaviour = fn.hang !== 'none' ? RUN_FOREVER : k.faults.handlerRun(fn.node.id, now, inv.attempt, k.rng)
  let failed = false
  if (behaviour === RUN_NORMAL) runMs = fn.cfg.durationMs
  else if (behaviour === RUN_ERROR) {
    runMs = fn.cfg.durationMs
    failed = true
  } else runMs = behaviour
  // What the handler returns (a `returns` fault, else the function's own `returns`), unless a fault already decided.
  const ret = behaviour === RUN_NORMAL ? handlerReturn(k, fn, now, inv.attempt) : null
  if (ret !== null) {
    if (ret.kind === 'timeout') runMs = RUN_FOREVER
    else if (ret.kind === 'error') failed = true
    else inv.returnValue = ret.value
  }
  if (inv.batch !== null && inv.batch.poisonItemIds.length > 0) {
    if (inv.batch.poisonResponse === 'throw') failed = true
    else inv.itemFailures = inv.batch.poisonItemIds
  } else if (ret !== null && ret.kind === 'value' && inv.batch !== null)
    inv.itemFailures = readBatchResponse(ret.value, inv.batch.itemIds)
  const invokePhase = reinitMs + runMs
  const timeoutMs = fn.cfg.timeoutMs
  inv.startMs = now
  inv.handlerStartMs = handlerStart
  inv.cold = cold
  inv.envId = env.id
  inv.env = env
  inv.statusCode = 200
  if (invokePhase > timeoutMs) {
    inv.result = 'timeout'
    inv.endMs = handlerStart + timeoutMs
    inv.errorType = 'Sandbox.Timedout' // §15
    inv.errorMessage = timedOutMessage(timeoutMs)
    inv.itemFailures = null
    inv.returnValue = undefined
  } else {
    inv.endMs = handlerStart + invokePhase
    inv.result = failed ? 'error' : 'success'
    if (failed) {
      inv.errorType = ret !== null && ret.kind === 'error' ? (ret.errorType ?? 'Error') : 'Error'
      inv.errorMessage = ret !== null && ret.kind === 'error' ? (ret.errorMessage ?? '') : 'Injected failure'
      inv.itemFailures = null
      inv.returnValue = undefined
    }
  }
  k.trace.start(
    now,
    reinitMs > 0 ? 'init.limitExceeded' : startReason,
    inv.eventId,
    fn.node.id,
    inv.attempt,
    env.id,
    inv.requestId,
    cold,
    handlerStart,
    eniEndMs,
  )
  for (const a of fn.access) {
    const hung = fn.blockedAccess.includes(a.id)
    k.trace.hop(
      now,
      hung ? 'access.hang' : 'access.call',
      inv.eventId,
      a.id,
      a.from,
      a.to,
      handlerStart,
      hung ? inv.endMs : handlerStart + ACCESS_HOP_MS,
      'call',
    )
  }
  // §7.5 write-behind: a successful run wrote its item; the table's stream gets the change (the item keyed by the
  // event)
  if (inv.result === 'success' && fn.streamWriter !== null)
    for (const w of fn.tableWrites)
      if (!fn.access.some((a) => a.to === w.tableId && fn.blockedAccess.includes(a.id)))
        fn.streamWriter.write(
          handlerStart + ACCESS_HOP_MS,
          inv.eventId,
          w.tableId,
          w.streams,
          { Keys: { pk: { S: inv.eventId } }, NewImage: { pk: { S: inv.eventId }, status: { S: 'written' } } },
          inv.eventId,
        )
  k.schedule(inv.endMs, invoker, inv)
}

/** The handler's return for this attempt: an active `returns` fault wins over the function's `returns`. */
function handlerReturn(k: Kernel, fn: FunctionRuntime, now: number, attempt: number): HandlerReturn | null {
  const spec = k.faults.returnsFor(fn.node.id, now) ?? fn.cfg.returns
  return spec === null ? null : returnForAttempt(spec, attempt)
}
