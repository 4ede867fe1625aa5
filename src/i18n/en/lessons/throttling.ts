/** Lesson 11: throttling and concurrency. */
export const throttling = {
  title: 'Throttling and concurrency',
  summary:
    'One environment at a time: what a throttle means for a synchronous caller, an asynchronous event and a poller.',
  covers: {
    reserved: 'Reserved concurrency: how many invocations may run at the same moment',
    sync: 'A throttled synchronous call: 429 straight back to the caller',
    async: 'A throttled asynchronous event: kept and retried by Lambda',
  },
  steps: {
    intro:
      'This function has a reserved concurrency of 1: at most one invocation runs at a time, and each takes 3 seconds. A mobile app calls it directly (synchronous Invoke), and a photos bucket triggers it (asynchronous).',
    predictSync: 'The app calls twice at the same moment. Predict what the second caller gets.',
    seeSync: 'Watch the second call: it is refused before any code runs.',
    predictAsync:
      'Now two photos are uploaded at the same moment. Predict what happens to the upload that is throttled.',
    seeAsync: 'Watch the throttled event wait and try again until the function is free.',
    polled:
      'A polled source (SQS, Kinesis, DynamoDB Streams) is never told about a throttle: its event source mapping backs off and the messages or records wait in the queue or the shard.',
    noThrottles:
      'Your task: make sure nobody is throttled. Change the function so both calls and both uploads can run at once, then press Check.',
    sandbox:
      'The canvas is yours. Try a longer function, more traffic, or the account’s concurrency quota in the scenario settings, and watch the throttle marks on the scrub bar.',
  },
  options: {
    waits: 'It waits for its turn',
    error: 'An error at once: 429 TooManyRequestsException',
    retriedByLambda: 'Lambda retries it a little later',
    lost: 'It is lost',
    toSource: 'S3 gets the error and sends it again',
    keptAndRetried: 'Lambda keeps it and tries again until it runs',
  },
  explain: {
    sync: 'The second caller got {{status}} {{errorType}} at once. Lambda does not queue or retry a synchronous call; the caller (or its SDK) decides whether to try again.',
    async:
      'Lambda kept the event, was refused {{tries}} time(s), backing off between tries, and ran it at T+{{atS}} s. Throttled asynchronous events are retried for up to 6 hours (the maximum event age).',
  },
  task: {
    pass: 'No throttles: all {{runs}} invocations ran.',
    fail: 'Still {{throttles}} throttle(s). Raise the function’s reserved concurrency (or remove it).',
  },
} as const
