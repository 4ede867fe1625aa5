/**
 * Bytes in a link: zlib deflate (the platform's CompressionStream, in browsers and Node ≥ 20) and base64url. zlib
 * rather than raw deflate for its Adler-32 checksum and end marker: a garbled or cut link fails to inflate instead of
 * inflating into something else. Pure helpers with no DOM: the codec and its property tests run the same code.
 */

const B64URL = /^[A-Za-z0-9_-]*$/

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The index of the first character that is not base64url, or -1. */
export function firstNonBase64Url(text: string): number {
  if (B64URL.test(text)) return -1
  for (let i = 0; i < text.length; i++) if (!B64URL.test(text[i] ?? '')) return i
  return -1
}

/** Null when `text` is not base64url (a length of 4n+1 cannot be: one character carries only 6 bits). */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (firstNonBase64Url(text) !== -1 || text.length % 4 === 1) return null
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4))
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

async function collect(stream: ReadableStream<Uint8Array>, limitBytes: number): Promise<Uint8Array | 'tooLarge'> {
  const reader = stream.getReader()
  const parts: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    // A small link can inflate to gigabytes (a "zip bomb"): stop reading as soon as it is more than any scenario.
    if (total > limitBytes) {
      await reader.cancel().catch(() => undefined)
      return 'tooLarge'
    }
    parts.push(value)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes)
      controller.close()
    },
  })
}

export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const out = await collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate')), Number.MAX_SAFE_INTEGER)
  if (out === 'tooLarge') throw new Error('unreachable')
  return out
}

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'tooLarge' }

/** Never throws: truncated or garbled input is `corrupt`, more than `limitBytes` once inflated is `tooLarge`. */
export async function inflate(bytes: Uint8Array<ArrayBuffer>, limitBytes: number): Promise<InflateResult> {
  try {
    const out = await collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate')), limitBytes)
    return out === 'tooLarge' ? { ok: false, reason: 'tooLarge' } : { ok: true, bytes: out }
  } catch {
    return { ok: false, reason: 'corrupt' }
  }
}
