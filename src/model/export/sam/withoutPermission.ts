/**
 * A trigger whose permission is missing (§10) cannot be a SAM event: SAM adds the AWS::Lambda::Permission with every
 * event. Where the source's own resource can name the function, the wire is written there instead, with no
 * permission, so the deployed stack fails as the simulation does (SNS, EventBridge and Cognito accept the wiring and
 * are refused at invocation, the §10 symptom). S3 and CloudWatch Logs check the permission when the wiring is
 * created, and a SAM API's routes are events: those stay events, listed as not expressed.
 */
import type { ResolvedEdge, ResolvedNode } from '../../resolve.ts'
import { getAtt, ref } from './intrinsics.ts'
import type { CfnValue, ExportContext } from './context.ts'

/** Cognito triggers a pool can send to a function, in the order a function without its permission takes them. */
const COGNITO_TRIGGERS = [
  'PostConfirmation',
  'PreAuthentication',
  'PostAuthentication',
  'CustomMessage',
  'PreTokenGeneration',
  'UserMigration',
  'DefineAuthChallenge',
  'CreateAuthChallenge',
  'VerifyAuthChallengeResponse',
] as const

/** The event pattern matching what the experiment driver puts for this node. */
export const ruleOf = (nodeId: string) => ({ EventPattern: { source: [`lambdascope.${nodeId}`] } })

/** A trigger this module writes: permission missing, from a source and to a function both of this stack. */
export function missingTrigger(ctx: ExportContext, e: ResolvedEdge): boolean {
  const from = ctx.node(e.from)
  const to = ctx.node(e.to)
  return (
    e.role === 'trigger' &&
    e.permission === 'missing' &&
    to?.type === 'lambda' &&
    from !== undefined &&
    ctx.inStack(from) &&
    ctx.inStack(to)
  )
}

/** Does a bus node get its own resource (it receives destinations: storage.ts writes it)? */
const isBus = (ctx: ExportContext, id: string) =>
  ctx.s.edges.some((e) => e.to === id && (e.role === 'onSuccess' || e.role === 'onFailure'))

/**
 * Writes the wire `e` (src → fn, permission missing) on the source's side; false when the source has no such form
 * (the caller keeps the SAM event and notes it).
 */
export function triggerWithoutPermission(
  ctx: ExportContext,
  e: ResolvedEdge,
  src: ResolvedNode,
  fnId: string,
): boolean {
  const fnArn = getAtt(ctx.logicalId(fnId), 'Arn')
  const srcId = ctx.logicalId(src.id)
  switch (src.type) {
    case 'sns':
      ctx.add(ctx.ids.id(`subscription:${e.id}`, `${fnId}-from-${src.id}-subscription`), {
        Type: 'AWS::SNS::Subscription',
        Properties: { Protocol: 'lambda', TopicArn: ref(srcId), Endpoint: fnArn },
      })
      return true
    case 'eventBridge': {
      // The driver puts the node's events (source `lambdascope.<node>`) on the node's own bus, else the default bus.
      const bus = isBus(ctx, src.id)
      const ruleId = bus ? ctx.ids.id(`rule:${src.id}`, `${src.id}-rule`) : srcId
      const target = { Id: ctx.logicalId(fnId).slice(0, 64), Arn: fnArn }
      // storage.ts wrote the rule of a node that is not a bus; a bus gets one rule for its functions here.
      const existing = ctx.resources[ruleId]?.Properties
      if (existing) (existing['Targets'] as CfnValue[]).push(target)
      else if (!bus) return false
      else
        ctx.add(ruleId, {
          Type: 'AWS::Events::Rule',
          Properties: { EventBusName: ref(srcId), ...ruleOf(src.id), Targets: [target] },
        })
      return true
    }
    case 'cognito': {
      const pool = ctx.resources[srcId]
      if (!pool) return false
      const config = (pool.Properties?.['LambdaConfig'] ?? {}) as Record<string, CfnValue>
      const trigger = COGNITO_TRIGGERS.find((k) => config[k] === undefined)
      if (trigger === undefined) return false
      pool.Properties = { ...pool.Properties, LambdaConfig: { ...config, [trigger]: fnArn } }
      return true
    }
    default:
      return false
  }
}
