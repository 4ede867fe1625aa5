/** Pure encoders for event fields: base64 (Kinesis data, awslogs.data), stable ids and hashes. No Buffer, no crypto. */
import { gzipSync, strToU8 } from 'fflate'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

export function base64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!
    const b = bytes[i + 1]
    const c = bytes[i + 2]
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!
    out += c === undefined ? '=' : B64[c & 63]!
  }
  return out
}

export const base64Text = (text: string) => base64(strToU8(text))

/**
 * gzip with a zero MTIME and no file name, so the same text always gives the same bytes (the core reads no clock:
 * fflate writes the current time unless `mtime` is 0).
 */
export const gzipBase64 = (text: string) => base64(gzipSync(strToU8(text), { mtime: 0, level: 6 }))

/** FNV-1a, 32-bit: a stable hash for ids that AWS draws at random (message ids, receipt handles, sequencers). */
export function fnv32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** `n` hex digits derived from `seed` (ids are stable per run, not secret). */
export function hexOf(seed: string, n: number): string {
  let out = ''
  for (let i = 0; out.length < n; i++) out += fnv32(`${seed}#${i}`).toString(16).padStart(8, '0')
  return out.slice(0, n)
}

/** A UUID-shaped id from a seed (AWS uses v4 UUIDs for message and request ids). */
export function uuidOf(seed: string): string {
  const h = hexOf(seed, 32)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** The body a queue or stream carries for a traffic payload: strings as written, anything else as JSON. */
export const bodyText = (payload: unknown) => (typeof payload === 'string' ? payload : JSON.stringify(payload ?? {}))

/**
 * Lay `over` on `base`: objects merge key by key, arrays item by item, anything else replaces. A trimmed event the
 * user wrote (AWS's field names) fills in the generated one.
 */
export function overlay(base: unknown, over: unknown): unknown {
  if (over === undefined) return base
  if (Array.isArray(base) && Array.isArray(over)) return over.map((o, i) => (i < base.length ? overlay(base[i], o) : o))
  if (isPlain(base) && isPlain(over)) {
    const out: Record<string, unknown> = { ...base }
    for (const [k, v] of Object.entries(over)) out[k] = overlay(base[k], v)
    return out
  }
  return over
}

export const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
