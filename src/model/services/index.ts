import type { z } from 'zod'
import type { nodeSchema } from './schemas.ts'

export type ScenarioNode = z.infer<typeof nodeSchema>
export type NodeType = ScenarioNode['type']
export type NodeOf<T extends NodeType> = Extract<ScenarioNode, { type: T }>

export * from './schemas.ts'
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
