/**
 * What surrounds a function (§8, §9, §10, §11): permissions, the event and context the handler gets, the local test.
 */
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
    crossAccount:
      'Crosses accounts: the source is in {{source}}, the function in {{function}}. The policy names the other account.',
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
  crossGrant: {
    title: 'Cross-account grant (§10)',
    needs: {
      invoke:
        '{{source}} is in account {{sourceAccount}}, {{function}} in {{functionAccount}}: the function’s resource-based policy must name {{principal}}.',
      mapping:
        'Queue {{source}} is in account {{sourceAccount}}, {{function}} in {{functionAccount}}: the queue’s policy (in {{sourceAccount}}) must grant the execution role {{principal}} sqs:ReceiveMessage, sqs:DeleteMessage and sqs:GetQueueAttributes.',
    },
    granted: {
      invoke: 'Granted: the statement exists, so the other account’s events reach the function.',
      mapping: 'Granted: the queue policy names the role, so the mapping is created and polls.',
    },
    refused: {
      invoke:
        'Missing: every invoke from the other account is refused (AccessDeniedException), the function never runs.',
      mapping:
        'Missing: CreateEventSourceMapping is refused, so the scenario cannot run until the grant is added. AWS answers:',
    },
    add: 'Add the grant',
    remove: 'Remove the grant',
  },
  invocation: {
    title: 'What the handler received',
    hint: 'Select an event in the Log to see the event and context object its handler got.',
    choose: 'Invocation',
    option: 'Attempt {{attempt}} · {{fn}} · {{requestId}} · {{result}}',
    results: { success: 'succeeded', error: 'error', timeout: 'timed out', running: 'running' },
    notYet: 'Not invoked yet at this point of the run.',
    none: 'This event did not invoke a function (it was refused, throttled or is still on its way).',
    event: 'Event ({{source}})',
    batch: 'A batch of {{count}} records from {{source}}',
    context: 'Context object',
    runtime: 'Runtime',
    remaining: 'Time left (simulated)',
    remainingHelp: 'Counts down from the function timeout while the handler runs, on simulated time.',
    messages: 'Messages written for this event',
    noMessages: 'No DLQ message or destination record for this event (yet).',
    messageTo: '{{role}} → {{target}}',
    roles: {
      dlq: 'Dead-letter queue message',
      onSuccess: 'On-success destination record',
      onFailure: 'On-failure destination record',
      other: 'Message',
    },
    simplified: 'Ids, hashes and signatures are stable stand-ins, not AWS values.',
  },
  export: {
    title: 'Local unit test',
    hint: 'A handler stub, this event as event.json, a fake context and a test that runs with {{command}}: no AWS account, nothing to install.',
    zip: 'Download test (.zip)',
    files: 'Files',
    downloaded: 'Downloaded {{name}}',
  },
  env: {
    title: 'Environment as the handler reads it',
    key: 'Key: {{key}}',
    managed: 'AWS managed key (aws/lambda): Lambda decrypts before the handler runs, no extra permission.',
    customer:
      'Customer managed key: the execution role needs kms:Decrypt on it; without it a new execution environment cannot decrypt them, and invocations that need one fail with KMSAccessDeniedException (502; behind API Gateway the client gets 500). Warm environments keep their decrypted values.',
    none: 'No environment variables.',
    plaintext: 'At rest only (decrypted by Lambda)',
    ciphertext: 'With encryption helpers (your code calls kms:Decrypt)',
    standIn: 'The ciphertext is a stable stand-in, not real KMS output.',
  },
} as const
