/**
 * What the embed's first frame draws, read from the URL without the document schema (zod) or the model: the raw
 * document of a share link (`#s=1.…`), of a bundled example (`?example=`, its own small chunk) or of `?scenario=`.
 * NOT validated: the interactive part validates it (share/openFromUrl.ts) and replaces the picture, or shows the
 * located error. The picture only escapes and draws what it finds (share/scenarioSvg.ts); anything it cannot draw
 * leaves the first frame without a picture. Never throws.
 */
import { loadExampleText } from '../../share/bundledExamples'
import { fromBase64Url, inflate } from '../../share/deflate'

/** Links longer than this are refused by the full decoder; the first frame does not try them either. */
const MAX_HASH_CHARS = 256 * 1024
const MAX_PAYLOAD_BYTES = 8 * 1024 * 1024 // as persistence/codec MAX_IMPORT_BYTES

export interface Peek {
  /** The document as the URL holds it (unvalidated). */
  doc: unknown
  /** `lang=` in a share link's hash (the embed's own `?lang=` wins). */
  locale: 'en' | 'ja' | null
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

async function fromHash(hash: string): Promise<Peek | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const s = params.get('s')
  if (s === null || hash.length > MAX_HASH_CHARS) return null
  const bytes = fromBase64Url(s.slice(s.indexOf('.') + 1))
  if (bytes === null || bytes.length === 0) return null
  const inflated = await inflate(bytes, MAX_PAYLOAD_BYTES)
  if (!inflated.ok) return null
  const payload: unknown = JSON.parse(new TextDecoder().decode(inflated.bytes))
  const lang = params.get('lang')
  return isRecord(payload) ? { doc: payload.scenario, locale: lang === 'en' || lang === 'ja' ? lang : null } : null
}

async function fromSearch(search: string): Promise<Peek | null> {
  const params = new URLSearchParams(search)
  const inline = params.get('scenario')
  if (inline !== null) return { doc: JSON.parse(inline), locale: null }
  const name = params.get('example')
  if (name === null) return null
  const text = loadExampleText(name)
  if (!text) return null
  const doc: unknown = JSON.parse(await text)
  const era = params.get('era')
  return { doc: isRecord(doc) && era !== null ? { ...doc, era } : doc, locale: null }
}

/** The URL's document for the first frame, or null (none, or unreadable: the interactive part says why). */
export async function peekOpening(search: string, hash: string): Promise<Peek | null> {
  try {
    return /(^#?|&)s=/.test(hash) ? await fromHash(hash) : await fromSearch(search)
  } catch {
    return null
  }
}
