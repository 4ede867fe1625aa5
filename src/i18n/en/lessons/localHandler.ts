/** Lesson 4: running a handler locally — entry point, event, context object per runtime, the exported local test. */
export const localHandler = {
  title: 'Running a handler locally',
  summary:
    'Lambda calls one entry point with an event and a context object. A local test does the same, with no AWS account.',
  covers: {
    entry: 'The entry point: a file and an exported function (index.handler, lambda_function.lambda_handler)',
    event: 'The event: the source’s JSON, in AWS’s shape',
    context: 'The context object: request id, time left, and names that depend on the runtime',
    export: 'Exporting a local unit test that calls the handler with that event and a fake context',
  },
  steps: {
    intro:
      'Lambda does not run your program: it calls one function in it, the entry point named by the handler setting — index.handler in Node.js (the handler export of index.mjs), lambda_function.lambda_handler in Python. It passes two arguments: the event and the context.',
    firstCall:
      'A photo is uploaded. Watch S3 invoke the function once. Select the invocation in the log to see its event and its context in the inspector.',
    eventShape: 'What did the handler receive as its event?',
    timeLeft:
      'The function’s timeout is 6 seconds. As the handler started, how many seconds did the context say were left (getRemainingTimeInMillis)?',
    python:
      'The same function written in Python (switch the runtime on the function’s panel and the inspector follows). Which name does the Python context use for the request id?',
    export:
      'To test a handler on your laptop, do what Lambda does: import the entry point, load an event, build a fake context and call it. The inspector’s “Export local test” writes exactly that — a handler stub, event.json, a fake context and a test for node --test or python3 -m unittest — runnable with no AWS account.',
    budget:
      'Give the handler a 10-second budget: change the function so its context reports 10000 ms left when the handler starts. Then press Check.',
    sandbox:
      'The canvas is yours. Wire another source (an SQS queue, an API) and compare the events the handler gets, or switch the runtime and export the local test.',
  },
  options: {
    file: 'The uploaded file’s bytes',
    records: 'A JSON notification with a Records list naming the bucket and the key',
    url: 'A URL the function must call back',
    camel: 'awsRequestId',
    snake: 'aws_request_id',
    short: 'request_id',
  },
  explain: {
    event:
      'S3 sends a notification, not the file: a Records list with the event name, the bucket and the object key. The handler fetches the object itself if it needs it.',
    timeLeft:
      'The context counts down from the function’s timeout: {{ms}} ms as the handler started, then less and less until the end.',
    python:
      'Python’s context uses snake_case: {{name}}, function_name, memory_limit_in_mb, get_remaining_time_in_millis(). Node.js uses camelCase: awsRequestId, functionName…',
  },
  task: {
    pass: 'The context reported {{ms}} ms left as the handler started.',
    fail: 'The context reported {{ms}} ms left as the handler started; the goal is {{target}} ms. The time left starts at the function’s timeout.',
  },
} as const
