import { invocationStyle } from './catalogue.ts'
import type { Era } from './common.ts'
import type { NodeType } from './services/index.ts'

/**
 * §1.3 / §16.13 payload limits, in bytes of the event as JSON text. AWS writes "6 MB", "1 MB", "256 KB"; the API
 * counts binary units (6 MB = 6,291,456 bytes).
 */
export const SYNC_REQUEST_MAX_BYTES = 6 * 1024 * 1024
/** Async `Invoke` (Event): 1 MB today (2025); 256 KB in the December 2018 guide (128 KB before November 2018). */
export const ASYNC_REQUEST_MAX_BYTES: Readonly<Record<Era, number>> = { current: 1024 * 1024, '2018': 256 * 1024 }
/** An SNS message, and a message Lambda writes to an SQS / SNS DLQ (§2.4: the Lambda guide's example). */
export const SNS_MESSAGE_MAX_BYTES = 256 * 1024
export const DLQ_MESSAGE_MAX_BYTES = 256 * 1024
/** §3.1: an event source mapping's batch, fixed. */
export const BATCH_MAX_BYTES = 6 * 1024 * 1024

/**
 * The size of one event: its JSON text, or the traffic's declared `payloadBytes` when that is larger (a stand-in, so
 * that a document needs not carry megabytes to show a limit).
 */
export function eventBytes(payload: unknown, declaredBytes: number | undefined): number {
  const json = JSON.stringify(payload ?? null)?.length ?? 4
  return declaredBytes !== undefined && declaredBytes > json ? declaredBytes : json
}

export type InvokeSizeVerdict = { ok: true } | { ok: false; style: 'sync' | 'async'; bytes: number; maxBytes: number }

/**
 * Would `Invoke` from this source refuse an event of `bytes` (413 RequestTooLargeException)? Polled sources: not here.
 */
export function invokeSizeVerdict(
  sourceType: NodeType,
  era: Era,
  bytes: number,
  invocationType?: 'Event' | 'RequestResponse',
): InvokeSizeVerdict {
  const style = invocationStyle(sourceType, era, invocationType)
  if (style !== 'sync' && style !== 'async') return { ok: true }
  const maxBytes = style === 'sync' ? SYNC_REQUEST_MAX_BYTES : ASYNC_REQUEST_MAX_BYTES[era]
  return bytes > maxBytes ? { ok: false, style, bytes, maxBytes } : { ok: true }
}
