/**
 * Model issues (src/model/issueCodes.ts): one sentence per code under `text`, with {{placeholders}} named as the
 * issue's params; the UI adds the reference (`withRef`). The canvas reads the same sentences when it refuses a wiring,
 * so each rule has one text. `kinds` names zod's and the app's own codes, whose detail stays in English.
 */
export const issues = {
  withRef: '{{sentence}} ({{ref}})',
  withKind: '{{kind}} ({{message}})',
  quoted: '“{{value}}”',
  types: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
  },
  values: {
    edge: 'a connection',
    none: 'no role',
    noRoleFits: 'no role fits these two',
  },
  kinds: {
    schema: {
      invalid_type: 'Wrong type, or missing',
      too_big: 'Too big',
      too_small: 'Too small',
      invalid_format: 'Wrong format',
      not_multiple_of: 'Not a multiple of the step',
      unrecognized_keys: 'Unknown field',
      invalid_union: 'Unknown kind',
      invalid_key: 'Not an allowed key',
      invalid_element: 'Not an allowed entry',
      invalid_value: 'Not an allowed value',
      custom: 'Not allowed',
      unreadable: 'Unreadable',
    },
    json: { syntax: 'Not valid JSON' },
    file: { tooLarge: 'File too large', empty: 'Empty file', unreadable: 'Unreadable file' },
    example: { unknown: 'Unknown example', era: 'Unknown era' },
    autosave: { envelope: 'Not a saved scenario' },
    link: {
      version: 'Unknown link format',
      encoding: 'Not a link character',
      corrupt: 'Garbled link',
      tooLong: 'Link too long',
      tooLarge: 'Link too large',
      payload: 'Not a scenario link',
      param: 'Wrong link setting',
    },
  },
  text: {
    file: {
      tooLarge: 'The file is {{sizeMb}} MB; the limit is {{limitMb}} MB.',
      empty: 'The file is empty.',
      unreadable: 'The file could not be read.',
    },
    autosave: { envelope: 'The saved copy is not in the form Lambdascope saves.' },
    link: {
      version: 'This link is in format “{{version}}”; this version of Lambdascope reads format {{supported}}.',
      encoding:
        'The scenario part of the link has a character that cannot be there, at character {{position}}: the link was probably changed when it was pasted.',
      corrupt: 'The scenario part of the link is cut short or garbled: copy the whole link again.',
      tooLong: 'The link is {{length}} characters long; the limit is {{limit}}. Save the scenario as a file instead.',
      tooLarge: 'The scenario in the link unpacks to more than {{limitMb}} MB.',
      payload: 'The link does not hold a Lambdascope scenario.',
      param: '“{{name}}” cannot be “{{value}}”: use {{expected}}.',
    },
    example: {
      unknown: 'There is no example named “{{name}}”: use one of {{names}}.',
      era: 'There is no era “{{era}}”: use {{eras}}.',
    },
    json: { syntax: 'Not valid JSON: {{detail}}' },
    id: { reserved: '“{{id}}” is reserved (it collides with object internals): choose another id.' },
    key: { reserved: '“{{key}}” cannot be used as a key: it collides with object internals.' },
    document: { tooDeep: 'The document nests deeper than {{maxDepth}} levels here; no field of the format does.' },
    payload: {
      tooDeep: 'The payload nests deeper than {{maxDepth}} levels here.',
      tooLarge: 'The payload takes over {{bytes}} bytes as JSON; the limit is {{maxBytes}} bytes.',
    },
    schema: {
      too_big: 'Too big: at most {{maximum}}.',
      too_small: 'Too small: at least {{minimum}}.',
      invalid_type: 'Wrong type, or missing: this must be {{expectedType}}.',
      invalid_value: 'Not an allowed value: use {{allowedValues}}.',
      invalid_union: 'Unknown {{field}}: use {{allowedValues}}.',
      unrecognized_keys: 'Unknown field here: {{fields}}.',
    },
    node: {
      duplicateId: 'Another node already has the id “{{nodeId}}”.',
      unknownParent: 'No node has the id “{{nodeId}}”, so it cannot be the parent.',
      parentNotGroup: 'A parent must be a VPC or an AWS account node.',
      notInVpc: 'This {{nodeType}} does not run inside a VPC: placing it in the box is only visual.',
    },
    lambda: {
      timeoutWholeSeconds: 'The timeout ({{timeoutMs}} ms) is set in whole seconds: use a multiple of 1,000 ms.',
      provisionedOverReserved:
        'Provisioned concurrency ({{provisioned}}) cannot exceed reserved concurrency ({{reserved}}).',
      vpcStateWithoutVpc: 'The VPC state only matters for a function inside a VPC.',
      oneDlq: 'This function already has a DLQ: a function has one dead-letter queue.',
      oneDestination: 'This function already has an {{role}}: one on-success and one on-failure destination each.',
      selfDestination:
        'AWS refuses this: “You can’t specify the function as a destination for itself” (as its {{role}}, it would invoke itself without end).',
    },
    vpc: { noNat: 'This VPC has no NAT gateway: calls to the internet hang until the function times out.' },
    apiGateway: {
      timeoutMax: 'REST integrations time out at 29 s at most (50 ms to 29 s).',
      raisedTimeout: 'Above 29 s needs a quota increase (Regional or private REST APIs only, since June 2024).',
    },
    concurrency: {
      unreservedFloor:
        '{{reserved}} reserved out of the account’s {{accountLimit}}: at least 100 must stay unreserved, so at most {{maxReserved}} can be reserved.',
    },
    env: {
      reservedKey: '{{key}} is reserved by Lambda and cannot be set.',
      badKey:
        '“{{key}}” is not a valid key: it must start with a letter and use only letters, digits and _ (at least {{minLength}} characters).',
      tooLarge:
        'Over {{maxBytes}} bytes ({{bytes}}, counting the map as compact JSON): Lambda rejects the whole change.',
    },
    traffic: {
      unknownSource: 'No node has the id “{{nodeId}}”.',
      notASource: 'Events cannot start at this {{nodeType}}: start them at a source (a client, S3, a queue…).',
      unwired: '{{nodeId}} is not wired to any function: its events go nowhere.',
      partitionKeysIgnored: 'Partition keys only matter for stream records (Kinesis, DynamoDB Streams).',
      untilBeforeStart: 'untilMs ({{untilMs}} ms) is before startMs ({{startMs}} ms).',
    },
    fault: {
      unknownTarget: 'No node or connection has the id “{{targetId}}”.',
      permissionEdge: '{{permission}} is not a permission of this connection ({{role}}).',
      badTarget: '{{faultKind}} faults apply to {{allowedTypes}} only, not to {{nodeType}}.',
      attemptRange: 'toAttempt ({{toAttempt}}) is before fromAttempt ({{fromAttempt}}).',
      poisonWhich: 'Name the poison record by key or by index (exactly one of them).',
    },
    edge: {
      selfType: 'A {{from}} cannot be wired to a {{to}}.',
      triggerNotLambda: 'A trigger must point at a Lambda function.',
      polledAsTrigger: '{{from}} does not push events: Lambda polls it through an event source mapping.',
      notASource: '{{from}} cannot invoke a Lambda function.',
      esmNotLambda: 'An event source mapping must point at a Lambda function.',
      esmNotPolled:
        'Only Kinesis, DynamoDB Streams and SQS are polled by Lambda; {{from}} invokes the function itself (a trigger).',
      redriveNotSqs: "A queue's redrive DLQ must be another SQS queue, not {{to}}.",
      dlqFromNonLambda:
        'A DLQ belongs to a function (async invocations) or to an SQS queue (redrive), not to {{from}}.',
      dlqTarget: "{{to}} cannot be a DLQ: a function's DLQ must be an SQS queue or an SNS topic.",
      streamOnSuccess: 'Stream event source mappings have only an on-failure destination.',
      streamFailureTarget:
        "A stream's on-failure destination is an SQS queue, an SNS topic or an S3 bucket, not {{to}}.",
      sqsDestination:
        "An SQS-triggered function's failures go to the source queue's redrive DLQ: SQS mappings have no destinations.",
      destinationFrom: "Destinations belong to a function's async invocations, not to {{from}}.",
      destinationTarget:
        '{{to}} cannot be a destination: use an SQS queue, SNS topic, Lambda function or EventBridge bus.',
      s3OnSuccess: 'An S3 bucket can only be an on-failure destination.',
      accessFromNonLambda: 'Only a function reads or writes a data store.',
      streamEnds: 'A stream connection goes from a DynamoDB table to its DynamoDB stream, not from {{from}} to {{to}}.',
      accessTarget: 'An access connection goes to RDS, ElastiCache or a DynamoDB table, not {{to}}.',
      writesFromNonLambda: 'Only a function writes to a bucket, queue or topic here.',
      writesTarget: 'A function writes to an S3 bucket, an SQS queue or an SNS topic here, not {{to}}.',
      duplicateId: 'Another connection already has the id “{{edgeId}}”.',
      unknownNode: 'No node has the id “{{nodeId}}”.',
      roleNeeded: 'Say what this {{from}} → {{to}} connection is: {{roles}}.',
      fieldNotForRole: '{{field}} does not apply to this connection ({{role}}, from {{from}}).',
      crossAccount:
        "Cross-account: the {{from}} is in account {{account}}. The function's resource policy must allow that account (for a mapping, the source's policy must allow the function's execution role).",
      fifoTarget: 'A FIFO queue cannot be a function’s DLQ or a destination.',
      redriveFifoMismatch:
        'A FIFO queue’s dead-letter queue must also be FIFO, and a standard queue’s must be standard.',
      unknownMapping: '“{{mappingId}}” is not an event source mapping of {{nodeId}}.',
    },
    dlq: {
      onlyAsync:
        "A function's DLQ only catches asynchronous invocations. This function is invoked by an SQS mapping: its failed messages go to the source queue's redrive DLQ.",
    },
    access: {
      notSameVpc: "The function is not in the {{to}}'s VPC: its connections will hang until it times out.",
      noSgRule: "The {{to}}'s security group does not allow “{{securityGroup}}” in: connections will time out.",
    },
    esm: {
      crossAccountRefused:
        'CreateEventSourceMapping is refused: InvalidParameterValueException “The provided execution role does not have permissions to call ReceiveMessage on SQS”. The policy of queue {{queueId}} in account {{account}} must grant {{roleArn}} sqs:ReceiveMessage, sqs:DeleteMessage and sqs:GetQueueAttributes.',
      streamOnly: '{{field}} is for Kinesis and DynamoDB Streams mappings only, not SQS.',
      fifoBatch: 'FIFO queues take batches of at most 10, not {{batchSize}}.',
      sqsBatchWindow: 'An SQS batch of {{batchSize}} (above 10) needs a batching window of at least 1 s.',
      visibilityBelowTimeout:
        'AWS refuses this mapping: the queue visibility timeout is below the function timeout ({{visibilitySeconds}} s < {{timeoutSeconds}} s).',
      sqsOnly: 'maxConcurrency applies to SQS mappings only.',
      ddbAtTimestamp: 'DynamoDB Streams start at TRIM_HORIZON or LATEST only, not AT_TIMESTAMP.',
      pollersSqsOnly:
        'Provisioned pollers are for SQS mappings here; Kinesis and DynamoDB Streams mappings do not have them.',
      pollersWithMaxConcurrency:
        'Provisioned mode (pollers) and maximum concurrency cannot be set together: choose one.',
      pollersMinAboveMax: 'Minimum pollers ({{minimumPollers}}) is above maximum pollers ({{maximumPollers}}).',
    },
    era: {
      memory2018: 'In 2018 memory was 128–3,008 MB in 64 MB steps: {{memoryMb}} MB was not possible.',
      asyncConfig: 'Did not exist in 2018: async retry and max-age settings came in {{arrivedMonth}}.',
      provisioned: 'Did not exist in 2018: provisioned concurrency came in {{arrivedMonth}}.',
      recursiveLoop:
        'Did not exist in 2018: recursive loop detection came in {{arrivedMonth}} (a loop then ran until someone noticed the bill).',
      functionStates: 'Did not exist in 2018: function states (Pending/Inactive) came in {{arrivedMonth}}.',
      httpApi: 'Did not exist in 2018: HTTP APIs came in {{arrivedMonth}}.',
      eniAttachIgnored: 'Ignored today: Hyperplane ENIs are made ahead of time, so cold starts pay no ENI delay.',
      kinesisRetention: 'In 2018 Kinesis kept records for at most 7 days (168 h).',
      streamDestination: 'Stream on-failure destinations did not exist in 2018: they came in {{arrivedMonth}}.',
      provisionedPollers: 'Provisioned mode for SQS did not exist in 2018: it came in {{arrivedMonth}}.',
      s3Destination: 'An S3 bucket as an on-failure destination did not exist in 2018: it came in {{arrivedMonth}}.',
      destinations: 'Async destinations did not exist in 2018: they came in {{arrivedMonth}}. Use a DLQ.',
      sqsBatch: 'SQS batches above 10 did not exist in 2018: they came in {{arrivedMonth}}.',
      maxConcurrency: 'Maximum concurrency for SQS did not exist in 2018.',
      partialBatch: 'Partial batch responses did not exist in 2018: they came to SQS in {{arrivedMonth}}.',
      streamSetting:
        '{{field}} did not exist in 2018: stream error-handling settings came in {{arrivedMonth}} (partial batch responses in 2020).',
    },
  },
} as const
