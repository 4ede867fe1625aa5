import type { z } from 'zod'
import type { edgeConfigSchema, edgeSchema } from './edges.schema.ts'

export const EDGE_ROLES = [
  'trigger',
  'eventSourceMapping',
  'dlq',
  'onSuccess',
  'onFailure',
  'access',
  'writes',
  'stream',
] as const
export type EdgeRole = (typeof EDGE_ROLES)[number]

export type EdgeConfig = z.infer<typeof edgeConfigSchema>

export type ScenarioEdge = z.infer<typeof edgeSchema>

export const ESM_FIELDS = [
  'batchSize',
  'maximumBatchingWindowMs',
  'startingPosition',
  'startingPositionTimestampMs',
  'maxRetryAttempts',
  'maxRecordAgeMs',
  'bisectOnError',
  'parallelizationFactor',
  'reportBatchItemFailures',
  'maxConcurrency',
  'minimumPollers',
  'maximumPollers',
  'enabled',
] as const satisfies readonly (keyof EdgeConfig)[]

/** §4.1: these are stream-only (Kinesis, DynamoDB Streams); SQS mappings refuse them. */
export const STREAM_ONLY_FIELDS = [
  'startingPosition',
  'startingPositionTimestampMs',
  'maxRetryAttempts',
  'maxRecordAgeMs',
  'bisectOnError',
  'parallelizationFactor',
] as const satisfies readonly (keyof EdgeConfig)[]
