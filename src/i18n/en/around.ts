/** What surrounds a function (§8, §9, §10, §11): permissions, the event and context the handler gets, the local test. */
export const around = {
  permissions: {
    title: 'Permissions',
    titleFunction: 'Policy and role',
    explain:
      'Resource-based policy: attached to the function, it says who may invoke it (a service such as S3 or SNS, or another account). Identity-based policy: attached to the execution role the function runs as, it says what the function may call (read a queue, send to a DLQ). Push sources need the first; polled sources, DLQs and destinations need the second.',
    none: 'This wire needs no IAM permission here (for example a redrive policy between queues, or a database reached over the network).',
    places: {
      functionPolicy: 'Resource-based policy on the function',
      executionRole: 'Execution role (identity-based)',
      callerIdentity: "Caller's identity-based policy",
      sourcePolicy: "Resource policy in the source's account",
    },
    crossAccount: 'Crosses accounts: the source is in {{source}}, the function in {{function}}. The policy names the other account.',
    managed: 'Managed policy with these actions: {{name}}',
    policyJson: 'Policy JSON',
    cli: 'CLI',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text instead',
    without: 'Without it',
    at: {
      configuration: 'refused when configuring',
      invoke: 'refused at invoke',
      delivery: 'lost on delivery',
      polling: 'polling stops',
    },
    revoke: 'Revoke now',
    revoked: 'Revoked at {{time}}: the next event shows the consequence.',
    revokeHint: 'Adds a revokePermission fault at the current simulated time.',
    role: 'Execution role',
    trust: 'Trust policy (Lambda may assume the role)',
    resourcePolicy: 'Resource-based policy',
    rolePolicy: 'Execution role policy',
    elsewhere: 'Granted outside this account or function',
    noneResource: 'No push source invokes this function: its resource-based policy is empty.',
  },
} as const
