import type { PathPart } from './issues.ts'

/**
 * Bounds on what a document may hold, so that no valid document can exhaust a reader: deep payloads overflow the
 * stack of JSON.stringify, structuredClone and postMessage (a 2,000-deep payload stopped the import worker), huge ones
 * fill memory, keys such as `__proto__` collide with object internals. Listed in docs/scenario-format.md.
 */

/**
 * A payload nests at most this deep (objects and arrays; `{"a":1}` is depth 1). AWS events are a dozen deep at most.
 */
export const MAX_PAYLOAD_DEPTH = 64
/** A payload's JSON text is at most 1 MiB: today's largest asynchronous invoke payload (§1.3). */
export const MAX_PAYLOAD_BYTES = 1_048_576
/** Outside payloads no field of the format nests deeper than this. */
export const MAX_DOCUMENT_DEPTH = 16
/** Names that collide with object internals: refused as ids and as keys (environment variables, any field name). */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype']

/**
 * zod's kind for an issue the schema raises itself; its `params.code` is one of our issue codes (parse.ts maps it).
 */
export const CUSTOM = 'custom' as const

export function isReservedKey(key: string): boolean {
  return RESERVED_KEYS.includes(key)
}

export type PayloadVerdict =
  | { ok: true; bytes: number }
  | { ok: false; kind: 'tooDeep'; path: PathPart[]; depth: number }
  | { ok: false; kind: 'tooLarge'; bytes: number }

/** JSON text length of a string (quotes, escapes, UTF-8), close enough for a limit. */
function stringBytes(s: string): number {
  let bytes = 2
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20) bytes += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6
    else if (c === 0x22 || c === 0x5c) bytes += 2
    else if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * Measure a payload without recursion (a 100,000-deep value must not overflow the stack): its depth and the size of its
 * JSON text. Stops at the first value deeper than MAX_PAYLOAD_DEPTH (with that value's path) or once over the size.
 */
export function measurePayload(
  value: unknown,
  maxDepth = MAX_PAYLOAD_DEPTH,
  maxBytes = MAX_PAYLOAD_BYTES,
): PayloadVerdict {
  const stack: { v: unknown; depth: number; path: PathPart[] }[] = [{ v: value, depth: 0, path: [] }]
  let bytes = 0
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop()!
    if (typeof v === 'string') bytes += stringBytes(v)
    else if (v === null || typeof v !== 'object') bytes += String(v).length
    else {
      const d = depth + 1
      if (d > maxDepth) return { ok: false, kind: 'tooDeep', path, depth: d }
      if (Array.isArray(v)) {
        bytes += 2 + Math.max(0, v.length - 1)
        for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: d, path: [...path, i] })
      } else {
        const keys = Object.keys(v)
        bytes += 2 + Math.max(0, keys.length - 1)
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i]!
          bytes += stringBytes(key) + 1
          stack.push({ v: (v as Record<string, unknown>)[key], depth: d, path: [...path, key] })
        }
      }
    }
    if (bytes > maxBytes) return { ok: false, kind: 'tooLarge', bytes }
  }
  return { ok: true, bytes }
}

export type ShapeFinding =
  { kind: 'reservedKey'; path: PathPart[]; key: string } | { kind: 'tooDeep'; path: PathPart[] }

/**
 * Walk a document (not inside payloads, which are the user's data and measured by measurePayload) without recursion:
 * keys that collide with object internals, and nesting deeper than any field of the format. Returns every finding,
 * at most `limit` of them.
 */
export function findShapeProblems(doc: unknown, limit = 100): ShapeFinding[] {
  const out: ShapeFinding[] = []
  const stack: { v: unknown; path: PathPart[] }[] = [{ v: doc, path: [] }]
  while (stack.length > 0 && out.length < limit) {
    const { v, path } = stack.pop()!
    if (v === null || typeof v !== 'object') continue
    if (path.length > MAX_DOCUMENT_DEPTH) {
      out.push({ kind: 'tooDeep', path })
      continue
    }
    const isPayload = path.length === 3 && path[0] === 'traffic' && path[2] === 'payload'
    if (isPayload) continue
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] })
      continue
    }
    const keys = Object.keys(v)
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!
      if (isReservedKey(key)) out.push({ kind: 'reservedKey', path: [...path, key], key })
      else stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] })
    }
  }
  return out
}
