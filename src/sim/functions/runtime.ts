import type { ResolvedEdge, ResolvedLambdaConfig, ResolvedNodeOf, ResolvedVpcConfig } from '../../model/index.ts'
import type { TableStreamWrites } from './tableStream.ts'
import type { Series } from '../metrics.ts'
import type { TimerHandler } from '../queue.ts'

/** An execution environment (§7.1). */
export interface Env {
  id: string
  provisioned: boolean
  busy: boolean
  /** Reset after a timeout or crash: the next invoke re-initialises (§6). */
  needsInit: boolean
  dead: boolean
  lastUsedMs: number
  reclaimPending: boolean
}

/** A VPC's ENI bookkeeping (2018 model, §7.2). */
export class VpcRuntime {
  /** Memory of live environments attached to this VPC (ENIs ≈ memory / 3 GB). */
  memMbInUse = 0
  readonly id: string
  readonly config: ResolvedVpcConfig
  constructor(id: string, config: ResolvedVpcConfig) {
    this.id = id
    this.config = config
  }
}

export type FunctionState = 'Active' | 'Pending' | 'Inactive'

/** Why a function's calls hang until its timeout (decided from the wiring; G33, §7.5). */
export type Hang = 'none' | 'noNat' | 'access'

export interface FunctionMetrics {
  invocations: Series
  errors: Series
  throttles: Series
  concurrent: Series
  coldStarts: Series
  spillover: Series
  deadLetterErrors: Series
  destinationFailures: Series
  asyncDropped: Series
  recursionDropped: Series
}

/** Per-function state: environments, concurrency in use, VPC state, wiring, metric handles. */
export class FunctionRuntime {
  busy = 0
  readonly idle: Env[] = []
  readonly provIdle: Env[] = []
  envSeq = 0
  liveEnvs = 0
  state: FunctionState = 'Active'
  scaleWindow = -1
  scaleCount = 0
  hang: Hang = 'none'
  dlq: ResolvedEdge | null = null
  onSuccess: ResolvedEdge | null = null
  onFailure: ResolvedEdge | null = null
  access: ResolvedEdge[] = []
  /** §16: where the function's code writes the event on to (bucket, queue, topic). */
  writes: ResolvedEdge[] = []
  /** Access edges whose connections hang (no same VPC, no SG rule, no NAT/endpoint; §7.5, §7.3). */
  blockedAccess: string[] = []
  /** Tables with their stream enabled that this function writes to (§7.5 write-behind), and the writer. */
  tableWrites: { tableId: string; streams: readonly string[] }[] = []
  streamWriter: TableStreamWrites | null = null
  readonly functionArn: string
  /** Per-function timers (set by install.ts): idle reclaim and Pending → Active. */
  reclaimTimer!: TimerHandler
  activeTimer!: TimerHandler

  readonly node: ResolvedNodeOf<'lambda'>
  /** Replaced at a fork's time (fork.ts): invocations that start later read the new settings. */
  cfg: ResolvedLambdaConfig
  readonly vpc: VpcRuntime | null
  readonly m: FunctionMetrics

  constructor(
    node: ResolvedNodeOf<'lambda'>,
    cfg: ResolvedLambdaConfig,
    vpc: VpcRuntime | null,
    region: string,
    m: FunctionMetrics,
  ) {
    this.node = node
    this.cfg = cfg
    this.vpc = vpc
    this.m = m
    this.functionArn = `arn:aws:lambda:${region}:${node.accountId}:function:${node.id}`
  }

  /** Most recently used idle environment first (warm reuse); provisioned ones before on-demand. */
  takeIdle(): Env | null {
    const p = this.provIdle
    while (p.length > 0) {
      const e = p.pop()!
      if (!e.dead) return e
    }
    const q = this.idle
    while (q.length > 0) {
      const e = q.pop()!
      if (!e.dead) return e
    }
    return null
  }

  newEnv(provisioned: boolean): Env {
    this.envSeq++
    this.liveEnvs++
    return {
      id: `${this.node.id}#${this.envSeq}`,
      provisioned,
      busy: false,
      needsInit: false,
      dead: false,
      lastUsedMs: 0,
      reclaimPending: false,
    }
  }
}
