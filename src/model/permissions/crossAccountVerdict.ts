/**
 * §10 cross-account, per wire, read from the document itself (it must answer even when the document does not run,
 * which is exactly the case of a refused mapping): which grant crosses the boundary, whether the document has it
 * (the wire's `permission`), and what AWS answers without it.
 */
import { DEFAULT_REGION, indexScenario } from '../graph.ts'
import type { Scenario } from '../scenario.ts'
import { crossAccountRoleArn, invokeDeniedMessage, SQS_MAPPING_DENIED } from './crossAccount.ts'
import { SERVICE_PRINCIPALS } from './derive.ts'
import type { AwsRefusal, PolicyPlace } from './types.ts'

export interface CrossAccountVerdict {
  edgeId: string
  sourceId: string
  functionId: string
  sourceAccount: string
  functionAccount: string
  /** A push source invoking the function, or the function's SQS mapping polling the queue. */
  kind: 'invoke' | 'mapping'
  /** Where the grant lives: the function's resource policy, or the queue's policy in the queue's account. */
  place: Extract<PolicyPlace, 'functionPolicy' | 'sourcePolicy'>
  /** Who the grant names: the other account (or the service acting for it), or the function's execution role. */
  principal: string
  /** The wire's `permission` in the document (default granted). */
  granted: boolean
  /** What AWS answers without it: at invoke for a push source, at CreateEventSourceMapping for a queue. */
  refusal: AwsRefusal
}

/**
 * The verdict for a wire that crosses accounts into a function; null for any other wire (same account, a send from
 * the function, or a stream mapping, whose cross-account grant the engine does not model).
 */
export function crossAccountVerdict(s: Scenario, edgeId: string): CrossAccountVerdict | null {
  const idx = indexScenario(s)
  const e = idx.edgeById.get(edgeId)
  if (!e) return null
  const from = idx.nodeById.get(e.edge.from)
  const to = idx.nodeById.get(e.edge.to)
  if (!from || to?.type !== 'lambda') return null
  const sourceAccount = idx.accountOf(from.id)
  const functionAccount = idx.accountOf(to.id)
  if (sourceAccount === functionAccount) return null
  const base = {
    edgeId,
    sourceId: from.id,
    functionId: to.id,
    sourceAccount,
    functionAccount,
    granted: e.edge.permission !== 'missing',
  }
  if (e.role === 'eventSourceMapping' && from.type === 'sqs')
    return {
      ...base,
      kind: 'mapping',
      place: 'sourcePolicy',
      principal: crossAccountRoleArn(functionAccount, to.id),
      refusal: {
        at: 'configuration',
        errorCode: SQS_MAPPING_DENIED.errorCode,
        awsMessage: SQS_MAPPING_DENIED.awsMessage,
      },
    }
  if (e.role !== 'trigger') return null
  const service = SERVICE_PRINCIPALS[from.type]
  const principal = service ?? `arn:aws:iam::${sourceAccount}:root`
  const fnArn = `arn:aws:lambda:${s.region ?? DEFAULT_REGION}:${functionAccount}:function:${to.id}`
  return {
    ...base,
    kind: 'invoke',
    place: 'functionPolicy',
    principal: service === undefined ? sourceAccount : `${service} (aws:SourceAccount ${sourceAccount})`,
    refusal: { at: 'invoke', errorCode: 'AccessDeniedException', awsMessage: invokeDeniedMessage(principal, fnArn) },
  }
}
