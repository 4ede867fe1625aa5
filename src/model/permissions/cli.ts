import type { PolicyStatement } from './types.ts'

/** `aws lambda add-permission` for a resource-based statement (only API that edits it, §10). */
export function addPermissionCli(fnName: string, s: PolicyStatement): string {
  const principal = s.Principal && 'Service' in s.Principal ? s.Principal.Service : (s.Principal?.AWS ?? '')
  const args = [
    `--function-name ${fnName}`,
    `--statement-id ${s.Sid}`,
    `--action ${typeof s.Action === 'string' ? s.Action : s.Action.join(',')}`,
    `--principal ${principal}`,
  ]
  const arn = s.Condition?.['ArnLike']?.['AWS:SourceArn']
  const account = s.Condition?.['StringEquals']?.['AWS:SourceAccount']
  const token = s.Condition?.['StringEquals']?.['lambda:EventSourceToken']
  if (arn) args.push(`--source-arn ${arn}`)
  if (account) args.push(`--source-account ${account}`)
  if (token) args.push(`--event-source-token ${token}`)
  return ['aws lambda add-permission', ...args].join(' \\\n  ')
}

/** `aws iam put-role-policy` with the statement as an inline policy document. */
export function putRolePolicyCli(roleName: string, s: PolicyStatement): string {
  const doc = JSON.stringify({ Version: '2012-10-17', Statement: [s] })
  return [
    'aws iam put-role-policy \\',
    `  --role-name ${roleName} \\`,
    `  --policy-name ${s.Sid} \\`,
    `  --policy-document '${doc}'`,
  ].join('\n')
}

/** A whole policy document (what the panel prints and copies). */
export function policyDocument(statements: readonly PolicyStatement[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
}
