/**
 * The rules behind the trace, in short: one title and a 1–3 sentence summary per section of docs/aws-rules.md that
 * reason codes and the UI cite (keys and AWS pages: src/model/ruleLinks.ts). The document has the full text.
 */
export const rules = {
  readMore: 'Read more (AWS)',
  readMoreLabel: 'Read more about {{ref}} in the AWS documentation (opens a new tab)',
  s1_1: {
    title: 'How a function is invoked',
    summary:
      'A synchronous caller waits and gets the result; an asynchronous one gets 202 and Lambda queues the event and owns the retries. An event source mapping polls a stream or queue and invokes the function synchronously with batches.',
  },
  s1_2: {
    title: 'Which service invokes how',
    summary:
      'Each service fixes its style: S3, SNS and EventBridge invoke asynchronously; API Gateway and load balancers synchronously; Kinesis, DynamoDB Streams and SQS are polled. CloudFormation custom resources were synchronous in the 2018 guide and are asynchronous today.',
  },
  s1_3: {
    title: 'Payload limits',
    summary:
      'Synchronous requests and responses may be 6 MB each. An asynchronous event may be 1 MB today (256 KB in late 2018); a mapping’s batch at most 6 MB.',
  },
  s2_1: {
    title: 'Asynchronous retries',
    summary:
      'After a function error Lambda tries twice more: 1 minute, then 2 minutes later. Throttles and system errors are retried with a backoff of 1 s up to 5 min for up to 6 hours, without using a retry. Then the event goes to the DLQ or on-failure destination, or is lost.',
  },
  s2_2: {
    title: 'Async settings and destinations',
    summary:
      'Retries (0–2) and the maximum event age (60 s–6 h) can be set per function. On-success and on-failure destinations receive an invocation record. Both arrived in November 2019.',
  },
  s2_3: {
    title: 'The invocation record',
    summary:
      'A destination receives the original event with what happened: the condition (such as RetriesExhausted), how many attempts ran, and the response or error when the function ran.',
  },
  s2_4: {
    title: 'Dead-letter queue',
    summary:
      'A DLQ receives the original event unchanged, with the request id and error as attributes, after the last async attempt. If Lambda cannot write to it, the event is deleted and DeadLetterErrors goes up.',
  },
  s3_1: {
    title: 'Stream polling and batches',
    summary:
      'Lambda reads each shard in order and invokes with batches (100 records by default); one batch per shard at a time, or up to 10 with a parallelization factor. Records disappear when the stream’s retention passes.',
  },
  s3_2: {
    title: 'Stream errors block the shard',
    summary:
      'A failed batch is retried whole, and its shard reads nothing newer until the batch succeeds, expires, ages out or runs out of retries. Other shards carry on. Retry limits, maximum age, bisect and on-failure destinations arrived in November 2019.',
  },
  s4_1: {
    title: 'SQS as an event source',
    summary:
      'Lambda receives a batch (10 by default), and deletes it when the function succeeds. On an error the messages reappear after the visibility timeout; after maxReceiveCount receives SQS moves them to the queue’s own DLQ.',
  },
  s4_2: {
    title: 'SQS scaling',
    summary:
      'A busy queue starts with 5 concurrent batches and grows by up to 300 a minute (60 in 2018), to at most 1,000 or the mapping’s maximum concurrency.',
  },
  s4_3: {
    title: 'SQS partial batch responses',
    summary:
      'With ReportBatchItemFailures the function names the messages that failed: only those come back, the rest are deleted. An unknown id or a thrown error fails the whole batch.',
  },
  s5_1: {
    title: 'Function errors and invocation errors',
    summary:
      'A function error (a throw, a timeout) still returns 200, marked X-Amz-Function-Error. An invocation error is refused before the code runs, such as a 429 throttle. Lambda never retries a synchronous call; SDKs retry invocation errors only.',
  },
  s5_2: {
    title: 'API Gateway in front of Lambda',
    summary:
      'A function error or a malformed response becomes 502, a Lambda throttle 500, and an integration timeout 504 (29 s on REST APIs). API Gateway never retries.',
  },
  s5_3: {
    title: 'Concurrency and throttling',
    summary:
      'A Region allows 1,000 concurrent executions by default, and 100 always stay unreserved. Today each function adds up to 1,000 environments every 10 s; in 2018 a Regional burst was followed by +500 a minute. Above the limits, invocations are throttled.',
  },
  s6: {
    title: 'Timeouts',
    summary:
      'A function may run 3 s by default and at most 900 s. A timeout is a function error, retried like any other, and the environment is reset.',
  },
  s7_1: {
    title: 'Execution environments',
    summary:
      'A new environment runs Init before its first invocation (a cold start, at most 10 s); afterwards it is reused while warm. Idle environments are eventually stopped.',
  },
  s7_2: {
    title: 'VPC in 2018: ENIs per environment',
    summary:
      'Before late 2019 a VPC function attached network interfaces as it scaled, so new environments paid an ENI delay; running out of ENIs or IP addresses failed invocations.',
  },
  s7_3: {
    title: 'VPC today: Hyperplane ENIs',
    summary:
      'A shared ENI is made when the function is created, while it is Pending; cold starts then pay no ENI delay. After weeks idle the function goes Inactive and its next invoke fails. Without NAT a VPC function cannot reach the internet.',
  },
  s7_4: {
    title: 'Provisioned concurrency',
    summary:
      'Lambda keeps N environments initialised; requests beyond N spill over to on-demand environments, which pay a cold start. Since December 2019.',
  },
  s7_5: {
    title: 'Databases',
    summary:
      'To reach a private database the function must be in the same VPC and allowed by the database’s security group; otherwise the connection hangs until the timeout. Functions can scale past a database’s connection limit.',
  },
  s8: {
    title: 'Environment variables',
    summary:
      'All variables together may take 4 KB; keys follow a fixed pattern and some are reserved. A map that breaks a rule is rejected whole, and nothing changes.',
  },
  s9: {
    title: 'The context object',
    summary: 'The handler is told about its invocation: time remaining, request id, function name, version and memory.',
  },
  s10: {
    title: 'Permissions',
    summary:
      'The execution role says what the function may call and lets a mapping read its source. A resource-based policy on the function says which services and accounts may invoke it.',
  },
  s12: {
    title: '2018 and today',
    summary:
      'Lambda changed a lot since 2018. The era switch shows either the December 2018 guide or today’s, and refuses settings that did not exist yet.',
  },
  s15: {
    title: 'Observed on real AWS',
    summary:
      'Behaviour recorded by tests on real AWS accounts, where the docs say nothing or say less. For example, an async event gives up as soon as the next retry would pass its maximum age.',
  },
  s16: {
    title: 'Newer behaviour (2024–2026)',
    summary:
      'Additions the docs settled recently: recursive loops stopped after about 16 hops, FIFO queue redrive, stream partial batches, SQS provisioned pollers and details of the failure records.',
  },
  s16_12: {
    title: 'S3 bucket as on-failure destination',
    summary:
      'Since November 2024 a bucket can keep the failures of async invocations and of Kinesis or DynamoDB Streams mappings. For a stream it keeps the whole invocation: the records as the function got them, not just metadata.',
  },
  s16_13: {
    title: 'Payload limits enforced',
    summary:
      'Invoke refuses a request over 6 MB (sync) or 1 MB (async; 256 KB in 2018) with 413 RequestTooLargeException before anything runs. SNS refuses messages over 256 KB, and an event too big for its DLQ is deleted (DeadLetterErrors).',
  },
} as const
