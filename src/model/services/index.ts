import { z } from 'zod'
import { accountNodeSchema } from './account.ts'
import { apiGatewayNodeSchema } from './apiGateway.ts'
import { clientNodeSchema } from './client.ts'
import { dynamoDbStreamNodeSchema } from './dynamoDbStream.ts'
import { elastiCacheNodeSchema } from './elastiCache.ts'
import { kinesisNodeSchema } from './kinesis.ts'
import { lambdaNodeSchema } from './lambda.ts'
import { plainNodeSchemas } from './plain.ts'
import { rdsNodeSchema } from './rds.ts'
import { sesNodeSchema } from './ses.ts'
import { sqsNodeSchema } from './sqs.ts'
import { vpcNodeSchema } from './vpc.ts'

/** A node: a discriminated union on `type`, one schema per service kind. */
export const nodeSchema = z.discriminatedUnion('type', [
  lambdaNodeSchema,
  apiGatewayNodeSchema,
  clientNodeSchema,
  sesNodeSchema,
  sqsNodeSchema,
  kinesisNodeSchema,
  dynamoDbStreamNodeSchema,
  vpcNodeSchema,
  rdsNodeSchema,
  elastiCacheNodeSchema,
  accountNodeSchema,
  ...plainNodeSchemas,
])
export type ScenarioNode = z.infer<typeof nodeSchema>
export type NodeType = ScenarioNode['type']
export type NodeOf<T extends NodeType> = Extract<ScenarioNode, { type: T }>

export * from './account.ts'
export * from './apiGateway.ts'
export * from './client.ts'
export * from './dynamoDbStream.ts'
export * from './elastiCache.ts'
export * from './kinesis.ts'
export * from './lambda.ts'
export * from './plain.ts'
export * from './rds.ts'
export * from './ses.ts'
export * from './sqs.ts'
export * from './vpc.ts'
