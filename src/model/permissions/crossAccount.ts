/**
 * §10 cross-account: what AWS answers when the grant that crosses the account boundary is missing. One home for the
 * wording, read by the document check (an SQS mapping is refused when it is created), the permission derivation
 * (shown per wire) and the tests. The engine's own refusal at invoke reuses the path of a missing push permission.
 */
import { roleNameOf } from './arns.ts'

/** CreateEventSourceMapping's answer when the role cannot read the queue (its policy or the queue's refuses it). */
export const SQS_MAPPING_DENIED = {
  api: 'CreateEventSourceMapping',
  errorCode: 'InvalidParameterValueException',
  awsMessage: 'The provided execution role does not have permissions to call ReceiveMessage on SQS',
} as const

/** The role ARN the queue's policy in the other account must name (the console's `<function>-role`). */
export const crossAccountRoleArn = (fnAccount: string, fnId: string) =>
  `arn:aws:iam::${fnAccount}:role/${roleNameOf(fnId)}`

/** Lambda's answer to a caller (or a service acting for another account) that no policy statement names. */
export function invokeDeniedMessage(principal: string, fnArn: string): string {
  return (
    `User: ${principal} is not authorized to perform: lambda:InvokeFunction on resource: ${fnArn} ` +
    'because no resource-based policy allows the lambda:InvokeFunction action'
  )
}

/** SNS's answer to a Subscribe from an account the topic's policy does not name (cross-account SNS → Lambda, §10). */
export function subscribeDeniedMessage(fnAccount: string, topicArn: string): string {
  return (
    `User: arn:aws:iam::${fnAccount}:root is not authorized to perform: SNS:Subscribe on resource: ${topicArn} ` +
    'because no resource-based policy allows the SNS:Subscribe action'
  )
}
