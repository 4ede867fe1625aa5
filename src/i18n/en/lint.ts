export const lint = {
  title: 'What will happen',
  none: 'Nothing to warn about: no rule predicts a lost event or a stuck pipeline here.',
  count_one: '{{count}} prediction',
  count_other: '{{count}} predictions',
  severity: { danger: 'Will fail', warning: 'Risk' },
  select: 'Select the parts involved',
  rule: 'AWS rule {{ref}}',
  ruleLink: 'AWS documentation for {{ref}} (opens in a new tab)',
  rules: {
    asyncFailuresDiscarded:
      '{{function}} has no DLQ and no on-failure destination: after {{attempts}} failed attempts, events are discarded.',
    streamShardBlocked:
      '{{from}} → {{to}} retries without limit and has no maximum record age: one bad record blocks its shard until it expires.',
    sqsVisibilityBelowSixTimes:
      '{{from}}’s visibility timeout ({{visibilityS}} s) is below 6× the function timeout: messages can reappear while still in flight. AWS recommends at least {{recommendedS}} s.',
    sqsVisibilityBelowTimeout:
      '{{from}}’s visibility timeout ({{visibilityS}} s) is below {{to}}’s timeout ({{timeoutS}} s): AWS refuses to create this mapping.',
    sqsLowMaxReceiveCount:
      '{{from}} sends messages to its DLQ after {{count}} receive(s): throttled messages can land there without a real failure. AWS recommends at least 5.',
    reservedConcurrencyZero:
      '{{function}} has reserved concurrency 0: every invocation is throttled, and async events go straight to the DLQ or on-failure destination with no retries.',
    vpcNoNat:
      '{{function}} calls the internet from {{vpc}}, which has no NAT gateway: each call hangs until the {{timeoutS}} s timeout.',
    accessNotSameVpc: '{{from}} is not in {{to}}’s VPC: connections hang until the function times out.',
    accessNoSgRule:
      '{{to}}’s security group does not allow “{{securityGroup}}” inbound: connections from {{from}} time out.',
    permissionMissingInvoke:
      '{{from}} has no permission to invoke {{to}} (resource-based policy): every call is refused.',
    permissionMissingRead: '{{to}}’s execution role cannot read {{from}}: the mapping cannot poll.',
    permissionMissingSend:
      '{{from}}’s execution role cannot send to {{to}} ({{role}}): failed events are deleted instead.',
    dlqOnSqsTriggeredFunction:
      '{{function}}’s DLQ only catches async invocations: failed messages from {{queue}} go back to the queue. Put the DLQ on {{queue}} (redrive policy).',
  },
} as const
