/** Lesson 10: errors in streams. */
export const streamErrors = {
  title: 'Errors in streams',
  summary: 'A bad record blocks its shard until it expires; order is kept. Today’s remedies unblock it.',
  covers: {
    blocked: 'Why one failing record stops its whole shard, while other shards go on',
    order: 'Why Lambda does not skip ahead: records in a shard stay in order',
    remedies: 'Maximum retry attempts, split batch on error and an on-failure destination',
  },
  steps: {
    intro:
      'A Kinesis stream with two shards. Lambda’s event source mapping reads each shard and calls the function synchronously with a batch of records — one batch per shard at a time. One record is poison: the function throws whenever it sees it.',
    firstFailure: 'Watch until the batch holding the poison record fails for the first time.',
    predictBehind: 'Predict: what happens to the records that arrive behind the bad one on the same shard?',
    watchBlocked:
      'Let it run. The same batch is retried again and again, with longer waits; its shard reads nothing new. The other shard keeps going.',
    untilExpiry:
      'With the defaults (Maximum retry attempts −1, Maximum record age −1) this lasts until the record expires from the stream: 24 hours by default for Kinesis, one day for DynamoDB Streams. Lambda keeps the order of a shard, so it never skips the record by itself.',
    unblock:
      'Your task: unblock the shard without losing records. On the event source mapping, set “Retry attempts” (for example 2) and turn on “Split batch on error”, and wire an on-failure destination (an SQS queue from the stream) so the bad record’s position is kept. Then press Check.',
    sandbox:
      'The canvas is yours. Try a Maximum record age instead of retry attempts, a bigger batch size, or more shards, and watch the shard lanes and the iterator age.',
  },
  options: {
    skipped: 'Lambda skips the bad record and processes them',
    wait: 'They wait: the shard is blocked while the batch is retried',
    dropped: 'They are dropped',
  },
  explain: {
    behind:
      'In this run {{waiting}} records were still waiting at the end, stuck behind the bad one on shard {{shard}}, while the other shard processed all {{done}} of its records.',
  },
  task: {
    lost: '{{lost}} record(s) were discarded with nothing to say where they were. Add an on-failure destination for the stream.',
    stillBlocked: '{{waiting}} record(s) are still waiting behind the bad one: the shard is still blocked.',
    pass: 'The shard moves on: {{done}} records processed, and {{reported}} record(s) reported to the on-failure destination (their position, not their data: read them again from the stream before they expire).',
  },
} as const
