import type { EdgeRole } from '../edges.ts'
import type { Permission } from '../faults.ts'

/** One IAM policy statement, in AWS's JSON field names (so it can be printed as the policy document). */
export interface PolicyStatement {
  Sid: string
  Effect: 'Allow'
  Principal?: { Service: string } | { AWS: string }
  Action: string | readonly string[]
  Resource?: string | readonly string[]
  Condition?: Readonly<Record<string, Readonly<Record<string, string>>>>
}

/**
 * Where a statement lives (§10): the function's resource-based policy (who may invoke it), its execution role
 * (identity-based: what the function may call), the calling identity's own policy (a direct SDK caller, a stack), or
 * the other account's resource (a cross-account queue's or stream's policy granting the function's role).
 */
export type PolicyPlace = 'functionPolicy' | 'executionRole' | 'callerIdentity' | 'sourcePolicy'

/** What AWS answers when the statement is missing: a refusal when configuring, or failures at run time. */
export interface AwsRefusal {
  at: 'configuration' | 'invoke' | 'delivery' | 'polling'
  errorCode: string
  /** AWS's own message (English, as the API returns it). */
  awsMessage: string
}

export interface Requirement {
  place: PolicyPlace
  statement: PolicyStatement
  /** The engine's fault token that revokes it (`revokePermission`), or null when the engine does not model it. */
  permission: Permission | null
  /** The CLI that grants it: `aws lambda add-permission …` or `aws iam put-role-policy …`. */
  cli: string
  /** The AWS managed policy that carries these actions, when there is one. */
  managedPolicy: string | null
  /** Without it (the statement absent, or revoked later). */
  refusal: AwsRefusal | null
}

export interface WirePermissions {
  edgeId: string
  role: EdgeRole
  fromId: string
  toId: string
  /** The function whose policy or role these belong to. */
  functionId: string | null
  requirements: readonly Requirement[]
  /** The source and the function sit in different accounts (§10 cross-account). */
  crossAccount: { sourceAccount: string; functionAccount: string } | null
}

export interface FunctionPermissions {
  functionId: string
  roleArn: string
  /** Trust policy of the execution role: Lambda may assume it. */
  trust: PolicyStatement
  /** Resource-based policy statements (one per push source). */
  resourcePolicy: readonly Requirement[]
  /** Identity-based statements of the execution role (logs, polling, DLQ, destinations, VPC, KMS, data). */
  rolePolicy: readonly Requirement[]
  /** Statements outside the function: a caller's identity, another account's resource policy. */
  elsewhere: readonly Requirement[]
}
