import type { z } from 'zod'
import type { handlerReturnSchema, handlerReturnsSchema } from './handlerReturn.schema.ts'

export type HandlerReturn = z.infer<typeof handlerReturnSchema>

export type HandlerReturns = z.infer<typeof handlerReturnsSchema>

/** The return for attempt `attempt` (1-based). */
export function returnForAttempt(r: HandlerReturns, attempt: number): HandlerReturn {
  if (!Array.isArray(r)) return r
  return r[Math.min(attempt, r.length) - 1]!
}

/** Examples the inspector offers (each a valid `returns`). */
export const HANDLER_RETURN_EXAMPLES = {
  value: { kind: 'value', value: { ok: true } },
  proxy: {
    kind: 'value',
    value: { statusCode: 201, headers: { 'content-type': 'application/json' }, body: '{"id":42}' },
  },
  noStatusCode: { kind: 'value', value: { message: 'no statusCode here' } },
  error: { kind: 'error', errorType: 'ValidationError', errorMessage: 'order 42 has no items' },
  timeout: { kind: 'timeout' },
  partial: { kind: 'value', value: { batchItemFailures: [{ itemIdentifier: '$item[1]' }] } },
  unknownId: { kind: 'value', value: { batchItemFailures: [{ itemIdentifier: 'no-such-id' }] } },
  emptyId: { kind: 'value', value: { batchItemFailures: [{ itemIdentifier: '' }] } },
  wrongKey: { kind: 'value', value: { batchItemFailures: [{ itemId: '$item[0]' }] } },
  emptyList: { kind: 'value', value: { batchItemFailures: [] } },
  failThenOk: [
    { kind: 'error', errorType: 'Error', errorMessage: 'first try fails' },
    { kind: 'value', value: null },
  ],
} as const satisfies Record<string, HandlerReturns>
export type HandlerReturnExample = keyof typeof HANDLER_RETURN_EXAMPLES

/**
 * How Lambda reads a `batchItemFailures` response (§3.2, §4.3, §16): null = complete success (`null`, `[]`, `{}`,
 * an absent / null / empty list); otherwise the reported identifiers, where a `null` entry marks a malformed item
 * (null or empty identifier, a wrong key, not an object) — a complete failure. `$item[N]` becomes the N-th batch id.
 */
export function readBatchResponse(value: unknown, itemIds: readonly string[]): (string | null)[] | null {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return value.length === 0 ? null : [null]
  if (typeof value !== 'object') return [null] // a string or number is not an EventResponse
  const list = (value as Record<string, unknown>).batchItemFailures
  if (list === undefined || list === null) return null
  if (!Array.isArray(list)) return [null]
  if (list.length === 0) return null
  return list.map((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return null
    const id = (item as Record<string, unknown>).itemIdentifier
    if (typeof id !== 'string' || id === '') return null
    const m = /^\$item\[(\d+)\]$/.exec(id)
    if (m) return itemIds[Number(m[1])] ?? id
    return id
  })
}
