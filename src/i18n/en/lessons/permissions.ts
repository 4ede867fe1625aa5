/** Lesson 3: permissions — resource-based (function policy) against identity-based (execution role), cross-account. */
export const permissions = {
  title: 'Permissions: who may call whom',
  summary:
    'A push source needs a statement in the function’s own policy; a polled source needs the function’s role. And what changes across accounts.',
  covers: {
    resource: 'Resource-based: the function policy that lets S3 invoke it (AddPermission)',
    identity: 'Identity-based: the execution role that lets the function read its queue',
    crossAccount: 'A queue in another account: its own policy must grant the function’s role',
  },
  steps: {
    intro:
      'One function, two sources. The uploads bucket pushes: S3 calls Invoke on the function. The jobs queue is polled: Lambda’s event source mapping reads the queue for the function. AWS checks a different policy for each.',
    pushPlace: 'S3 calls the function. Where must the permission that allows it live?',
    pollPlace:
      'Now the queue. Nobody calls the function from outside: Lambda itself reads the queue. Where is that permission?',
    bothWork: 'With both permissions in place, an upload and a job each reach the function. Watch them.',
    predictRevoked:
      'At T+10 s someone runs aws lambda remove-permission and deletes the bucket’s statement. A second photo is uploaded at T+20 s. What happens to it?',
    watchRefused: 'Watch the second upload reach the function.',
    restore:
      'Give S3 its permission back (remove the revoke fault, or grant the permission again on the wire’s panel), so that no upload is refused. Then press Check.',
    crossAccount:
      'The jobs queue now belongs to a partner account (the group on the canvas). The function’s role still allows sqs:ReceiveMessage. Besides the role, whose policy must allow it?',
    sandbox:
      'The canvas is yours. Open a wire’s permissions to see the policy JSON and the CLI that grants it, revoke one as a fault, or move a source into another account.',
  },
  options: {
    functionPolicy: 'The function’s resource-based policy (added with AddPermission)',
    executionRole: 'The function’s execution role (identity-based)',
    sourcePolicy: 'The source’s own resource policy, in the other account',
    retried: 'S3 retries until the permission comes back',
    refused: 'The invoke is refused (AccessDeniedException): the photo is never processed',
    runs: 'It runs: the permission was checked when the trigger was created',
  },
  explain: {
    push: 'S3 calls Invoke as the service principal s3.amazonaws.com, so the function’s resource-based policy must allow it, limited by SourceArn and SourceAccount. The console adds it when you create the trigger; the CLI does it with add-permission.',
    poll: 'For a polled source Lambda reads the queue using the function’s execution role: the role needs sqs:ReceiveMessage, DeleteMessage and GetQueueAttributes (AWSLambdaSQSQueueExecutionRole). The function policy is not involved.',
    refused:
      'Lambda checks the resource-based policy on every invoke. Uploads refused with AccessDeniedException, never reaching the handler: {{refused}}.',
    crossAccount:
      'Across accounts both sides must agree: the role in the function’s account allows the actions, and the queue’s policy in account {{account}} must grant that role.',
  },
  task: {
    pass: 'All {{events}} events reached the function: no invoke was refused.',
    fail: 'Uploads still refused with AccessDeniedException: {{refused}}.',
  },
} as const
