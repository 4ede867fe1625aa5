import type { HandlerReturns, Permission, ResolvedEdge, ResolvedFault, ResolvedScenario } from '../model/index.ts'
import type { Rng } from './random.ts'

/** What the handler does on this attempt. */
export const RUN_NORMAL = -1
export const RUN_ERROR = -2
/** Hang forever (runs into the function timeout). */
export const RUN_FOREVER = Number.POSITIVE_INFINITY

type Active = { atMs: number; endMs: number }
const active = (f: Active, now: number) => f.atMs <= now && now < f.endMs

/**
 * Fault lookups. Faults are timed inputs: active from `atMs` until a later `recover` on the same target (resolve.ts).
 * Per-function lists are small, so lookups are linear scans without allocation.
 */
export class FaultBook {
  private readonly byTarget = new Map<string, ResolvedFault[]>()
  private readonly failNextLeft = new Map<string, number>()
  private readonly duplicatesLeft = new Map<string, number>()
  private readonly anyRevoke: boolean
  private readonly anyDuplicate: boolean

  constructor(s: ResolvedScenario) {
    for (const f of s.faults) {
      const list = this.byTarget.get(f.target)
      if (list) list.push(f)
      else this.byTarget.set(f.target, [f])
      if (f.kind === 'failNext') this.failNextLeft.set(f.id, f.count)
      if (f.kind === 'duplicateDelivery') this.duplicatesLeft.set(f.id, f.count ?? 1)
    }
    this.anyRevoke = s.faults.some((f) => f.kind === 'revokePermission')
    this.anyDuplicate = s.faults.some((f) => f.kind === 'duplicateDelivery')
  }

  on(target: string): readonly ResolvedFault[] {
    return this.byTarget.get(target) ?? EMPTY
  }

  /**
   * The handler's behaviour for attempt `attempt` at `now`: RUN_NORMAL, RUN_ERROR, or a run time in ms (timeout
   * fault: runs that long, default forever). A hung handler never gets to throw, so timeouts win.
   */
  handlerRun(fnId: string, now: number, attempt: number, rng: Rng): number {
    const list = this.byTarget.get(fnId)
    if (list === undefined) return RUN_NORMAL
    let out = RUN_NORMAL
    for (const f of list) {
      if (!active(f, now)) continue
      switch (f.kind) {
        case 'timeout':
          return f.durationMs ?? RUN_FOREVER
        case 'fail':
          out = RUN_ERROR
          break
        case 'failAttempts':
          if (attempt >= f.fromAttempt && attempt <= f.toAttempt) out = RUN_ERROR
          break
        case 'failNext': {
          const left = this.failNextLeft.get(f.id) ?? 0
          if (left > 0 && out !== RUN_ERROR) {
            this.failNextLeft.set(f.id, left - 1)
            out = RUN_ERROR
          }
          break
        }
        case 'failProbability':
          if (rng.next() < f.p) out = RUN_ERROR
          break
        default:
          break
      }
    }
    return out
  }

  /** Can this function's handler return a value (its own `returns`, or a `returns` fault at some time)? */
  mayReturn(fn: {
    readonly node: { readonly id: string }
    readonly cfg: { readonly returns: HandlerReturns | null }
  }): boolean {
    if (fn.cfg.returns !== null) return true
    const list = this.byTarget.get(fn.node.id)
    return list !== undefined && list.some((f) => f.kind === 'returns')
  }

  /** What a `returns` fault active at `now` makes the handler return (the latest started wins), or null. */
  returnsFor(fnId: string, now: number): HandlerReturns | null {
    const list = this.byTarget.get(fnId)
    if (list === undefined) return null
    let out: HandlerReturns | null = null
    let since = -1
    for (const f of list)
      if (f.kind === 'returns' && active(f, now) && f.atMs >= since) {
        out = f.returns
        since = f.atMs
      }
    return out
  }

  /** Reserved concurrency forced by a `throttle` fault at `now`, or null (the latest started fault wins). */
  throttleCap(fnId: string, now: number): number | null {
    const list = this.byTarget.get(fnId)
    if (list === undefined) return null
    let cap: number | null = null
    let since = -1
    for (const f of list)
      if (f.kind === 'throttle' && active(f, now) && f.atMs >= since) {
        cap = f.reservedConcurrency
        since = f.atMs
      }
    return cap
  }

  /** Is this permission revoked at `now`, on the edge or on the function? */
  revoked(permission: Permission, now: number, edgeId: string | null, fnId: string | null): boolean {
    if (!this.anyRevoke) return false
    return this.revokedOn(permission, now, edgeId) || this.revokedOn(permission, now, fnId)
  }

  private revokedOn(permission: Permission, now: number, target: string | null): boolean {
    if (target === null) return false
    const list = this.byTarget.get(target)
    if (list === undefined) return false
    for (const f of list)
      if (f.kind === 'revokePermission' && f.permission === permission && active(f, now)) return true
    return false
  }

  /** §10: an edge's permission holds when it was granted and no fault revoked it since. */
  permits(edge: ResolvedEdge, permission: Permission, now: number, fnId: string | null): boolean {
    return edge.permission === 'granted' && !this.revoked(permission, now, edge.id, fnId)
  }

  isActive(target: string, kind: ResolvedFault['kind'], now: number): boolean {
    const list = this.byTarget.get(target)
    if (list === undefined) return false
    for (const f of list) if (f.kind === kind && active(f, now)) return true
    return false
  }

  /** Consume one duplicate delivery on `target` if a duplicateDelivery fault is active there. */
  takeDuplicate(target: string, now: number): boolean {
    if (!this.anyDuplicate) return false
    const list = this.byTarget.get(target)
    if (list === undefined) return false
    for (const f of list) {
      if (f.kind !== 'duplicateDelivery' || !active(f, now)) continue
      const left = this.duplicatesLeft.get(f.id) ?? 0
      if (left > 0) {
        this.duplicatesLeft.set(f.id, left - 1)
        return true
      }
    }
    return false
  }
}

const EMPTY: readonly ResolvedFault[] = []
