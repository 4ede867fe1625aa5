import type { Kernel } from '../kernel.ts'
import type { AccountConcurrency } from './account.ts'
import { ENV_IDLE_RECLAIM_MS } from '../timing.ts'
import type { Env, FunctionRuntime } from './runtime.ts'

/** Free an environment after an invocation; a timeout resets it (§6: the next invoke re-initialises). */
export function releaseEnv(
  k: Kernel,
  account: AccountConcurrency,
  fn: FunctionRuntime,
  env: Env,
  reset: boolean,
): void {
  const now = k.nowMs
  env.busy = false
  env.lastUsedMs = now
  fn.busy--
  account.inUse--
  if (fn.cfg.reservedConcurrency === null) account.unreservedInUse--
  fn.m.concurrent.set(now, fn.busy)
  account.record(now)
  if (reset) {
    env.needsInit = true
    k.trace.env(now, 'env.resetAfterTimeout', 'env.reset', fn.node.id, env.id)
  }
  if (env.provisioned) fn.provIdle.push(env)
  else {
    fn.idle.push(env)
    if (!env.reclaimPending) {
      env.reclaimPending = true
      k.schedule(now + ENV_IDLE_RECLAIM_MS, fn.reclaimTimer, env)
    }
  }
}

/** §7.1: an on-demand environment idle for ENV_IDLE_RECLAIM_MS is stopped. */
export function onReclaimTimer(k: Kernel, fn: FunctionRuntime, env: Env): void {
  env.reclaimPending = false
  if (env.busy || env.dead) return
  const idleFor = k.nowMs - env.lastUsedMs
  if (idleFor < ENV_IDLE_RECLAIM_MS) {
    env.reclaimPending = true
    k.schedule(env.lastUsedMs + ENV_IDLE_RECLAIM_MS, fn.reclaimTimer, env)
    return
  }
  env.dead = true
  fn.liveEnvs--
  if (fn.vpc !== null) fn.vpc.memMbInUse -= fn.cfg.memoryMb
  k.trace.env(k.nowMs, 'env.reclaimed', 'env.reclaimed', fn.node.id, env.id)
}

/** §7.3: the Hyperplane ENI is being (re)created; invokes fail until Active. */
export function toPending(k: Kernel, fn: FunctionRuntime): void {
  fn.state = 'Pending'
  k.trace.state(k.nowMs, 'vpc.pending', fn.node.id, 'Pending')
  k.schedule(k.nowMs + fn.cfg.vpcPendingMs, fn.activeTimer, null)
}

export function onActiveTimer(k: Kernel, fn: FunctionRuntime): void {
  if (fn.state !== 'Pending') return
  fn.state = 'Active'
  k.trace.state(k.nowMs, 'vpc.active', fn.node.id, 'Active')
}

/** §7.4: provisioned environments are initialised before the run starts (warm at t=0). */
export function provision(k: Kernel, fn: FunctionRuntime): void {
  for (let i = 0; i < fn.cfg.provisionedConcurrency; i++) {
    const env = fn.newEnv(true)
    fn.provIdle.push(env)
    k.trace.env(0, 'env.provisioned', 'env.created', fn.node.id, env.id)
  }
}
