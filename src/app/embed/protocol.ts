import { z } from 'zod'
import { injectRequestSchema } from '../share/shareLink'
import { type HostMessage, type ProtocolSource, type ProtocolVersion } from './protocolTypes'

const PROTOCOL_SOURCE: ProtocolSource = 'lambdascope'
const PROTOCOL_VERSION: ProtocolVersion = 1

const base = { source: z.literal(PROTOCOL_SOURCE), v: z.literal(PROTOCOL_VERSION) }

/** Host → embed messages, strictly: an unknown field or a wrong type is not acted on. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('play') }),
  z.strictObject({ ...base, type: z.literal('pause') }),
  z.strictObject({
    ...base,
    type: z.literal('seek'),
    ms: z
      .number()
      .finite()
      .min(0)
      .max(2 ** 32 - 1),
  }),
  z.strictObject({ ...base, type: z.literal('load'), scenario: z.unknown() }),
  z.strictObject({ ...base, type: z.literal('injectFault'), request: injectRequestSchema }),
  z.strictObject({ ...base, type: z.literal('setLang'), lang: z.enum(['en', 'ja']) }),
  z.strictObject({ ...base, type: z.literal('getState') }),
])

export type ReadMessage =
  | { kind: 'ignore' }
  | { kind: 'ok'; message: HostMessage }
  | { kind: 'invalid'; type: string; issues: { path: string; message: string }[] }

/**
 * Ours or not: anything without our source and version, or of an unknown type, is ignored silently (other scripts use
 * postMessage too); one of ours that is malformed is answered with an `error` message saying what is wrong.
 */
export function readHostMessage(data: unknown): ReadMessage {
  if (typeof data !== 'object' || data === null) return { kind: 'ignore' }
  const d = data as Record<string, unknown>
  if (d.source !== PROTOCOL_SOURCE || d.v !== PROTOCOL_VERSION || typeof d.type !== 'string') return { kind: 'ignore' }
  const known = ['play', 'pause', 'seek', 'load', 'injectFault', 'setLang', 'getState']
  if (!known.includes(d.type)) return { kind: 'ignore' }
  const r = hostMessageSchema.safeParse(data)
  if (r.success) return { kind: 'ok', message: r.data as HostMessage }
  return {
    kind: 'invalid',
    type: d.type,
    issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  }
}
