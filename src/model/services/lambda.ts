import type { z } from 'zod'
import type { lambdaConfigSchema } from './schemas.ts'
import { HOUR_MS, type Era } from '../common.ts'
import { type HandlerReturns } from '../handlerReturn.ts'

export type LambdaConfig = z.infer<typeof lambdaConfigSchema>

export interface ResolvedLambdaConfig {
  timeoutMs: number
  memoryMb: number
  durationMs: number
  initMs: number
  reservedConcurrency: number | null
  provisionedConcurrency: number
  maxRetryAttempts: number
  maxEventAgeMs: number
  variables: Readonly<Record<string, string>>
  kmsKeyArn: string | null
  runtime: 'nodejs' | 'python'
  callsInternet: boolean
  securityGroup: string
  vpcState: 'active' | 'justCreated' | 'idleForWeeks'
  vpcPendingMs: number
  eniAttachMs: number
  apiResponse: 'proxy' | 'plainJson'
  returns: HandlerReturns | null
  /** 'Allow' in the 2018 era (no detection then). */
  recursiveLoop: 'Allow' | 'Terminate'
}

/**
 * AWS defaults. In the 2018 era the async settings did not exist (§12): retries are fixed at 2 and events are kept
 * up to 6 h, which is what the 2018 guide describes (§2.1, §5.3 throttle behaviour).
 */
export function resolveLambdaConfig(c: LambdaConfig | undefined, era: Era): ResolvedLambdaConfig {
  return {
    timeoutMs: c?.timeoutMs ?? 3000,
    memoryMb: c?.memoryMb ?? 128,
    durationMs: c?.durationMs ?? 100,
    initMs: c?.initMs ?? 250,
    reservedConcurrency: c?.reservedConcurrency ?? null,
    provisionedConcurrency: c?.provisionedConcurrency ?? 0,
    maxRetryAttempts: c?.async?.maxRetryAttempts ?? 2,
    maxEventAgeMs: c?.async?.maxEventAgeMs ?? 6 * HOUR_MS,
    variables: c?.environment?.variables ?? {},
    kmsKeyArn: c?.environment?.kmsKeyArn ?? null,
    runtime: c?.runtime ?? 'nodejs',
    callsInternet: c?.callsInternet ?? false,
    securityGroup: c?.securityGroup ?? 'default',
    vpcState: c?.vpcState ?? 'active',
    vpcPendingMs: c?.vpcPendingMs ?? 90_000,
    eniAttachMs: c?.eniAttachMs ?? 10_000,
    apiResponse: c?.apiResponse ?? 'proxy',
    returns: c?.returns ?? null,
    recursiveLoop: era === '2018' ? 'Allow' : (c?.recursiveLoop ?? 'Terminate'),
  }
}
