/** Lesson 6: keep the user fast — write to DynamoDB, answer, then DynamoDB Streams → Lambda → RDS. */
export const writeBehind = {
  title: 'Keep the user fast: DynamoDB, then RDS from the stream',
  summary:
    'Answer the user from DynamoDB at once and update the relational database later, from the table’s stream. A failing database blocks the stream, not the user.',
  covers: {
    fast: 'The API writes to DynamoDB and answers at once',
    stream: 'The table’s stream feeds a function in the VPC that writes to RDS',
    blocked: 'When RDS fails, its shard waits in order while users still get fast answers',
  },
  steps: {
    intro:
      'Orders come in through an API. A small function writes each order to a DynamoDB table and answers. The table’s stream (NEW_AND_OLD_IMAGES) feeds a second function inside the VPC, which replays each change into the reporting database on RDS.',
    normal:
      'Watch a few orders: each user gets an answer in milliseconds, and the change reaches RDS a moment later through the stream.',
    predictUsers:
      'From T+20 s every write to RDS fails, until T+60 s. What do the users calling the API get meanwhile?',
    outage: 'Watch the shard lane of the orders stream: the batch fails, is retried, and everything behind it waits.',
    lost: 'While RDS was down, how many order changes did the stream lose?',
    catchUp: 'At T+60 s RDS is back. Watch the shard catch up: the waiting records go through, in order.',
    age: 'How old was the oldest waiting record at its worst (the stream’s IteratorAge)?',
    limits:
      'The waiting is bounded: DynamoDB keeps stream records for 24 hours, and a mapping can limit retries or record age and send what it gives up to an on-failure destination. The user never waits for RDS — but RDS can be behind.',
    sandbox:
      'The canvas is yours. Make the outage longer, cap the mapping’s retries, or add an on-failure destination to the stream, and see what the users and the shard lane show.',
  },
  options: {
    errors: 'Errors (502): their order could not be saved',
    wait: 'Their calls hang until RDS is back',
    fast: 'Fast answers as usual: they never touch RDS',
    subsecond: 'Under a second: records never wait',
    outage: 'Tens of seconds: about as long as RDS was failing',
    day: 'A day: records are only replayed after 24 hours',
  },
  explain: {
    users:
      'The API only waits for DynamoDB: all {{answers}} calls answered while RDS was failing got their fast answer.',
    lost: 'None: the failing batch was retried ({{failed}} failed attempts) and every record behind it waited in its shard, in order.',
    age: 'The oldest record waited {{seconds}} s: the {{outage}} s outage plus the retries’ back-off. The shard only moved on when RDS took the write.',
  },
} as const
