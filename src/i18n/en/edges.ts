/** Edge roles as drawn on the canvas (keys are the format's roles). */
export const edges = {
  role: {
    trigger: 'trigger',
    eventSourceMapping: 'mapping',
    dlq: 'DLQ',
    onFailure: 'on-failure',
    onSuccess: 'on-success',
    access: 'access',
    writes: 'writes',
    stream: 'table stream',
    unknown: 'role?',
  },
  roleLong: {
    trigger: 'Trigger: the service invokes the function (§1.2)',
    eventSourceMapping: 'Event source mapping: Lambda polls and invokes with batches (§1.1)',
    dlq: 'Dead-letter queue: async events that failed every attempt (§2.4)',
    onFailure: 'On-failure destination: the invocation record of a failed async event (§2.2)',
    onSuccess: 'On-success destination: the invocation record of a successful async event (§2.2)',
    access: 'Access: the function reads or writes this data store (§7.5)',
    writes:
      'Writes: the function’s code puts the event on to this bucket, queue or topic, which emits events as AWS would (§16)',
    stream: 'Stream: the table’s changes feed its DynamoDB stream (§3.1, §11)',
    unknown: 'The document does not say what this connection is',
  },
  aria: '{{role}} from {{from}} to {{to}}',
  permissionMissing: 'permission missing',
  loop: 'loop',
  loopLong:
    'This wire closes a loop back to the function: recursive loop detection stops it after 16 invocations (§16)',
  loopRunsOn: 'This wire closes a loop back to the function, and nothing stops it (Allow, or 2018) (§16)',
  crossAccount: 'cross-account',
  crossAccountLong: 'Crosses accounts: {{from}} → {{to}} (§10)',
} as const
