/** Lesson 8: errors in synchronous calls. */
export const syncErrors = {
  title: 'Errors in synchronous calls',
  summary: 'The caller gets the error and decides whether to retry: 502, 500 and 504 from API Gateway.',
  covers: {
    codes: 'What an API client receives for a function error, a throttle and a slow function',
    noRetry: 'Why Lambda never retries a synchronous call',
    timeout: 'API Gateway’s 29-second limit, and the function that runs on after it',
  },
  steps: {
    intro:
      'API Gateway (a REST API) invokes the function synchronously: the client waits for the answer. Lambda never retries a synchronous call — the caller gets the error and decides what to do. Four requests are coming.',
    firstOk: 'The first request: the function answers and the client gets 200.',
    predictError: 'The next request hits a bug: the function throws. Predict the status code the API client gets.',
    seeError: 'Watch the error go back to the client. Nothing is retried.',
    predictThrottle:
      'Two requests arrive at the same moment, but the function’s reserved concurrency is 1. Predict what the second client gets.',
    seeThrottle: 'Watch Lambda refuse the second invoke before any code runs.',
    predictTimeout:
      'Now the database is slow: the function needs 45 seconds. After how many seconds does the client get an answer?',
    seeTimeout: 'Watch: the client has its answer, but the function is still running — its work is not cancelled.',
    sandbox:
      'The canvas is yours. Switch the API to an HTTP API (its timeout is 30 s and a throttle looks different), raise the reserved concurrency, or put a Client invoke node with retries in front of the function.',
  },
  options: {
    s200: '200 OK',
    s429: '429 Too Many Requests',
    s500: '500 Internal Server Error',
    s502: '502 Bad Gateway',
  },
  explain: {
    error:
      'The client got {{status}}: API Gateway turns a function error into 502 Bad Gateway. Lambda ran the function {{attempts}} time(s) — no retry.',
    throttle:
      'Lambda refused the invoke with {{lambdaStatus}} TooManyRequestsException; a REST API passes that on as {{status}}, not as 429.',
    timeout:
      'API Gateway gave up after {{seconds}} s and answered {{status}} Gateway Timeout, while the function ran on.',
  },
} as const
