/** What the payload generators need to know about one invocation. Plain data: the views fill it from a run. */
export interface RecordInput {
  /** The engine's event id (e<N>): seeds the ids AWS would draw. */
  id: string
  /** The traffic payload as written (a trimmed event, a message body, a record's data). */
  payload: unknown
  /** Partition key (streams), else null. */
  key: string | null
  /** When the record entered the source (sim ms). */
  createdMs: number
  /** Stream sequence number when known. */
  sequenceNumber?: string
  /** SQS: how many times this message has been received, this one included. */
  receiveCount?: number
}

export interface EventInput {
  sourceId: string
  sourceType: string
  /** The source's account (cross-account wiring shows here). */
  sourceAccountId: string
  functionId: string
  functionAccountId: string
  region: string
  /** When the invocation starts (sim ms; sim time 0 is the Unix epoch). */
  atMs: number
  requestId: string
  records: readonly RecordInput[]
  shardId?: string | null
  /** API Gateway payload format (§5.2). */
  apiPayloadFormat?: '1.0' | '2.0'
  /** DynamoDB Streams StreamViewType. */
  streamViewType?: 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES'
}
