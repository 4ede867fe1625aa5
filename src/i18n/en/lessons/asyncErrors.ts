/** Lesson 9: errors in asynchronous invocations. */
export const asyncErrors = {
  title: 'Errors in asynchronous calls',
  summary: 'Two retries, then the DLQ — or the event is gone.',
  covers: {
    retries: 'How often Lambda retries a failed asynchronous event, and how long it waits',
    dlq: 'Where the event goes when every attempt has failed',
    lost: 'What happens with no DLQ or on-failure destination',
  },
  steps: {
    intro:
      'An upload to the S3 bucket invokes the function asynchronously: Lambda answers S3 with 202 Accepted at once and keeps the event in its own queue. S3 never learns whether your code worked. This function fails every time.',
    predictAttempts: 'Predict: how many times will Lambda run the function for this one upload?',
    firstFailure: 'Watch the first attempt. It fails, and nobody is told: Lambda schedules a retry by itself.',
    retryDelay: 'How many seconds after the first failure does Lambda try again?',
    toDlq:
      'Let it run. After the last failed attempt, Lambda sends the original event to the function’s dead-letter queue.',
    whereNow: 'Click the node where the event is now.',
    noDlq:
      'The same function without a DLQ. Watch what happens after the last retry: the event is discarded. Only a metric remembers it.',
    saveIt:
      'Your task: make sure no event is lost. Give the function a place to send failures — add an SQS queue and wire it as the DLQ (or as an on-failure destination) — then press Check.',
    sandbox:
      'The canvas is yours. Try Maximum retry attempts 0 or 1 on the function, a shorter maximum event age, or a fault that stops after a while, and watch where the event ends.',
  },
  options: {
    once: 'Once',
    twice: 'Twice',
    threeTimes: 'Three times',
    untilItWorks: 'Until it works',
  },
  explain: {
    attempts:
      'The run shows {{attempts}} attempts: the first one, then {{retries}} retries (the default maximum is 2).',
    delays:
      'Lambda waited {{first}} s after the first failure and {{second}} s after the second: the wait grows between retries.',
    where: 'The event is a message in “{{label}}” now, waiting for someone to look at it and send it again.',
  },
  task: {
    pass: 'No event lost: all {{kept}} event(s) ended somewhere you can find them.',
    fail: '{{lost}} event(s) were still discarded. Wire a DLQ or an on-failure destination to the function.',
  },
} as const
