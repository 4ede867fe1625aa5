/** Edge roles as drawn on the canvas (keys are the format's roles). */
export const edges = {
  role: {
    trigger: 'trigger',
    eventSourceMapping: 'mapping',
    dlq: 'DLQ',
    onFailure: 'on-failure',
    onSuccess: 'on-success',
    access: 'access',
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
    stream: 'Stream: the table’s changes feed its DynamoDB stream (§3.1, §11)',
    unknown: 'The document does not say what this connection is',
  },
  aria: '{{role}} from {{from}} to {{to}}',
  permissionMissing: 'permission missing',
  crossAccount: 'crosses accounts {{from}} → {{to}}',
} as const
