/** The zod schemas of handler returns (types: handlerReturn.ts): for parsing only (#16: not in the first frame). */
import { z } from 'zod'

/**
 * What the handler returns on an attempt: a JSON value (a proxy response for API Gateway, a `batchItemFailures`
 * response for a stream or SQS mapping, anything else), an error it throws (type and message), or a hang into the
 * function timeout. In a `batchItemFailures` value, an `itemIdentifier` written `$item[N]` stands for the batch's
 * N-th item (0-based), because sequence numbers and message ids are only known when the batch is read.
 */
export const handlerReturnSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('value'), value: z.json() }),
  z.strictObject({
    kind: z.literal('error'),
    errorType: z.string().min(1).max(200).optional(),
    errorMessage: z.string().max(4096).optional(),
  }),
  z.strictObject({ kind: z.literal('timeout') }),
])

/** One return for every attempt, or one per attempt (1-based; the last repeats). */
export const handlerReturnsSchema = z.union([handlerReturnSchema, z.array(handlerReturnSchema).min(1).max(20)])
