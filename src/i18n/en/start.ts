import { startButtons } from './startButtons'

/** The start page (first visit; header Learn / Examples) and the bundled examples' cards. */
export const start = {
  dialogLabel: 'Start',
  title: 'Welcome to Lambdascope',
  intro:
    'Wire event sources to Lambda functions, break things on purpose, and watch what AWS does — retries, dead-letter queues, blocked shards, throttles.',
  close: 'Close',
  ...startButtons,
  lessonsHeading: 'Lessons',
  lessonsIntro: 'Short guided lessons: predict, then watch the engine show you.',
  examplesHeading: 'Examples',
  examplesIntro: 'Ready-made scenarios. Open one and press Play.',
  watch: 'What to watch',
  open: 'Open',
  openLabel: 'Open the example “{{title}}”',
  emptyHeading: 'Start from an empty canvas',
  emptyBody: 'Drag a source and a function from the palette, connect them, and press Play.',
  emptyButton: 'Empty canvas',
  emptyKeepButton: 'Back to my canvas',
  replaceTitle: 'Replace your canvas?',
  replaceBody_one:
    'Your canvas has {{count}} service. Opening “{{title}}” replaces it; Undo (Ctrl+Z) brings it back, or save a copy first.',
  replaceBody_other:
    'Your canvas has {{count}} services. Opening “{{title}}” replaces it; Undo (Ctrl+Z) brings it back, or save a copy first.',
  saveCopy: 'Save a copy first',
  replace: 'Open the example',
  cancel: 'Cancel',
  opened: 'Opened the example “{{title}}”. Press Play to watch it.',
  examples: {
    's3-dlq': {
      title: 'S3 upload → failing function → DLQ',
      story: 'A thumbnailer fails on every upload. Lambda invokes it asynchronously, retries twice, then gives up.',
      watch: 'Three attempts — 1 min, then 2 min apart — and the raw event landing in the dead-letter queue.',
    },
    'api-gateway': {
      title: 'API Gateway in front of a slow function',
      story:
        'Clients call a REST API that waits for the function. Some calls fail, some are throttled, one is too slow.',
      watch:
        'The status code each caller gets: 502 for a function error, 500 for a throttle, 504 after 29 s — and no retry by Lambda.',
    },
    'async-destinations': {
      title: 'Async destinations and a throttle window',
      story:
        'A schedule fires every minute. Results go to a success bus or a failure queue; for two minutes the function is throttled.',
      watch:
        'Throttled events backing off (1 s up to 5 min) without using up their retries, then reaching a destination.',
    },
    'kinesis-poison': {
      title: 'A poison record blocks its Kinesis shard',
      story: 'One record always makes the function throw. The batch is retried again and again.',
      watch:
        'Its shard stays blocked (order is kept) while the other shards go on; the run stops early and says what is still pending.',
    },
    'sqs-redrive': {
      title: 'SQS poison message redriven to a DLQ',
      story: 'An order queue feeds a worker in batches of 10. One message always fails.',
      watch:
        'The message coming back after the visibility timeout, then moved by SQS to the queue’s own DLQ after 3 receives.',
    },
    'vpc-2018': {
      title: '2018: a VPC function waits for ENIs',
      story: 'In 2018 every new environment of a VPC function attached its own network interface.',
      watch: 'The 10 s ENI wait on each cold start, and the sixth environment failing when the ENI limit is reached.',
    },
  },
} as const
