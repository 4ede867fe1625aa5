/** Lessons 1 and 2: three ways to invoke, push vs poll. */
export const invokeStyles = {
  title: 'Three ways to invoke: push and poll',
  summary: 'Synchronous, asynchronous and polled: who waits, who retries, and who calls whom.',
  covers: {
    three: 'Synchronous, asynchronous and polled invocation, side by side',
    push: 'Which services push events to Lambda, and what they get back',
    esm: 'The event source mapping: Lambda polls the queue or stream itself',
  },
  steps: {
    intro:
      'One function, three sources. The REST API invokes it synchronously, the S3 bucket asynchronously, and the SQS queue is polled. One request, one upload and one message are on their way.',
    watchAll: 'Watch all three, and look at what goes back to each source.',
    whoWaits: 'Click the source that waits for the function’s answer.',
    s3Gets: 'What does S3 get back when it invokes the function?',
    whoPolls: 'Click the source that never calls Lambda: Lambda fetches its messages itself.',
    pushPoll:
      'Push: API Gateway and S3 call Lambda (the function’s resource-based policy must let them). Poll: for SQS, Kinesis and DynamoDB Streams, Lambda runs an event source mapping that reads the source and then invokes the function synchronously with a batch (the function’s execution role needs permission to read).',
    sandbox:
      'The canvas is yours. Make the function fail and compare what each source sees: an error for the API, retries for S3, messages coming back in the queue.',
  },
  options: {
    result: 'The function’s result',
    accepted: '202 Accepted, before the function runs',
    nothing: 'Nothing at all',
  },
  explain: {
    waits: '“{{label}}” waited and got {{status}} with the function’s answer: a synchronous invocation.',
    accepted:
      'S3 got {{status}} Accepted as soon as Lambda queued the event: the function ran afterwards, and S3 never learns how it went.',
    polled:
      '“{{label}}”: its event source mapping (owned by Lambda) received the message and invoked the function with it.',
  },
} as const
