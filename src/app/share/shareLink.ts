/**
 * The share link: everything needed to bring back the same picture, in the URL's hash (never sent to a server).
 *
 *   #s=1.<base64url(zlib deflate(JSON {scenario, inputs}))>&t=<playhead ms>&speed=<×>&ev=<event id>&panel=<tab>
 *     &lang=<en|ja>&theme=<light|dark>&lesson=<id>&step=<n>
 *
 * `1` is the payload's version: a later format gets a new number, and this decoder refuses numbers it does not know
 * instead of misreading them. `2` (#19) is `1` plus a comparison: `{scenario, inputs, compare: {kind, atMs, original,
 * inputs}}` — the document is the fork, `original` the other side. Links without a comparison are still written as
 * `1`, so every link made before keeps opening, and a version-1 reader refuses a comparison instead of dropping it.
 * The seed travels inside the scenario. Decoding never throws: a garbled, cut or over-long link becomes located
 * issues (the `path` says which part of the link), so the caller can say what is wrong and leave the user's saved
 * work alone. Pure: no DOM, no storage (node tests run the same code).
 */
import { z } from 'zod'
import { parseScenario, type Issue, type Scenario } from '../../model'
import { placeInput, type InjectRequest, type TimedFault } from '../../store/playback/inputs'
import { PANELS, THEMES, UI_LOCALES, type PanelView, type Theme, type UiLocale } from '../../store/uiSlice'
import { MAX_IMPORT_BYTES } from '../persistence/codec'
import { deflate, firstNonBase64Url, fromBase64Url, inflate, toBase64Url } from './deflate'

export const LINK_VERSION = 1
/** A link holding a comparison (fork / compare eras). */
export const COMPARE_LINK_VERSION = 2
/**
 * Longer hashes are refused before any work (chat tools and browsers cut long links; 256 K chars ≈ any real scenario).
 */
export const MAX_LINK_CHARS = 256 * 1024
/** Once inflated, a payload is at most what a file may be (a tiny link can inflate to gigabytes otherwise). */
export const MAX_PAYLOAD_BYTES = MAX_IMPORT_BYTES

/** What the link shows besides the document; every field optional (absent = the app's default). */
export interface ShareView {
  positionMs?: number
  speed?: number
  selectedEventId?: string
  panel?: PanelView
  locale?: UiLocale
  theme?: Theme
  /** A guided lesson and its step, counted from 1 as the player shows it (applyShare.ts opens it). */
  lesson?: string
  step?: number
  /** A comparison (#19): carried in the payload (version 2), not as a parameter. */
  compare?: ShareCompare
}

/** A comparison as a link carries it: the other side's document and inputs; the link's document is the fork. */
export interface ShareCompare {
  kind: 'fork' | 'eras'
  atMs: number
  original: Scenario
  inputs: ShareInput[]
}

/** An input injected while playing, as the link carries it (re-placed on open: `placeInput` is pure). */
export interface ShareInput {
  id: string
  atMs: number
  request: InjectRequest
}

export interface ShareState {
  scenario: Scenario
  inputs: ShareInput[]
  view: ShareView
}

export type ShareDecode = { kind: 'none' } | { kind: 'ok'; state: ShareState } | { kind: 'error'; issues: Issue[] }
export type ShareEncode = { ok: true; hash: string } | { ok: false; issue: Issue }

const EVENT_ID = /^[A-Za-z0-9_.:-]{1,100}$/
const LESSON_ID = /^[a-z0-9-]{1,80}$/
const MAX_MS = 2 ** 32 - 1

/** An injected input as links and the embed API carry it. */
export const inputSchema = z.strictObject({
  id: z.string().regex(/^injected-\d{1,9}$/),
  atMs: z.number().int().min(0).max(MAX_MS),
  request: z.lazy(() => injectRequestSchema),
})
/** What a user (or the embed API's `injectFault`) asks for; its fault is checked against the document by the model. */
export const injectRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fault'), fault: z.record(z.string(), z.unknown()) }),
  z.strictObject({ kind: z.literal('event'), source: z.string().min(1).max(200), payload: z.unknown().optional() }),
  z.strictObject({ kind: z.literal('poisonRecord'), stream: z.string().min(1).max(200) }),
])
const payloadSchema = z.strictObject({ scenario: z.unknown(), inputs: z.array(inputSchema).max(1000).optional() })
const compareSchema = z.strictObject({
  kind: z.enum(['fork', 'eras']),
  atMs: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  original: z.unknown(),
  inputs: z.array(inputSchema).max(1000).optional(),
})
const comparePayloadSchema = z.strictObject({
  scenario: z.unknown(),
  inputs: z.array(inputSchema).max(1000).optional(),
  compare: compareSchema,
})

const issue = (path: string, code: string, message: string, params?: Record<string, string | number>): Issue =>
  params ? { path, code, message, severity: 'error', params } : { path, code, message, severity: 'error' }

/** The timed inputs as the store holds them (their faults and traffic rebuilt from the request). */
export const placeInputs = (inputs: readonly ShareInput[]): TimedFault[] =>
  inputs.map((i) => placeInput(i.request, i.atMs, i.id))

function viewParams(view: ShareView): string[] {
  const out: string[] = []
  const put = (name: string, value: string | number | undefined) => {
    if (value !== undefined) out.push(`${name}=${encodeURIComponent(String(value))}`)
  }
  put('t', view.positionMs === undefined ? undefined : Math.round(view.positionMs))
  put('speed', view.speed === undefined ? undefined : Math.round(view.speed * 1000) / 1000)
  put('ev', view.selectedEventId)
  put('panel', view.panel)
  put('lang', view.locale)
  put('theme', view.theme)
  put('lesson', view.lesson)
  put('step', view.step)
  return out
}

/** `s=1.…&t=…` (no leading `#`). Refused (with the issue to show) when it would be longer than a link may be. */
export async function encodeShareHash(state: ShareState): Promise<ShareEncode> {
  const c = state.view.compare
  const compare = c && {
    kind: c.kind,
    atMs: Math.round(c.atMs),
    original: c.original,
    ...(c.inputs.length > 0 && { inputs: c.inputs }),
  }
  const payload = {
    scenario: state.scenario,
    ...(state.inputs.length > 0 && { inputs: state.inputs }),
    ...(compare && { compare }),
  }
  const bytes = new TextEncoder().encode(JSON.stringify(payload))
  const blob = toBase64Url(await deflate(bytes))
  const hash = [`s=${compare ? COMPARE_LINK_VERSION : LINK_VERSION}.${blob}`, ...viewParams(state.view)].join('&')
  if (hash.length > MAX_LINK_CHARS)
    return {
      ok: false,
      issue: issue(
        '#s',
        'link.tooLong',
        `The link would be ${hash.length} characters; the limit is ${MAX_LINK_CHARS}.`,
        { length: hash.length, limit: MAX_LINK_CHARS },
      ),
    }
  return { ok: true, hash }
}

/** Reads the view parameters; each bad one is a located issue (`#t`, `#panel`…). */
function readView(params: URLSearchParams): { view: ShareView; issues: Issue[] } {
  const view: ShareView = {}
  const issues: Issue[] = []
  const bad = (name: string, value: string, expected: string) =>
    issues.push(
      issue(`#${name}`, 'link.param', `“${name}” cannot be “${value}”: use ${expected}.`, {
        name,
        value: value.slice(0, 40),
        expected,
      }),
    )
  const int = (name: string, min: number, max: number): number | undefined => {
    const raw = params.get(name)
    if (raw === null) return undefined
    const n = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN
    if (Number.isInteger(n) && n >= min && n <= max) return n
    bad(name, raw, `a whole number from ${min} to ${max}`)
    return undefined
  }
  const decimal = (name: string, min: number, max: number): number | undefined => {
    const raw = params.get(name)
    if (raw === null) return undefined
    const n = /^\d{1,5}(\.\d{1,3})?$/.test(raw) ? Number(raw) : NaN
    if (n >= min && n <= max) return n
    bad(name, raw, `a number from ${min} to ${max}`)
    return undefined
  }
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const raw = params.get(name)
    if (raw === null) return undefined
    if ((allowed as readonly string[]).includes(raw)) return raw as T
    bad(name, raw, allowed.join(' | '))
    return undefined
  }
  const matching = (name: string, pattern: RegExp, expected: string): string | undefined => {
    const raw = params.get(name)
    if (raw === null) return undefined
    if (pattern.test(raw)) return raw
    bad(name, raw, expected)
    return undefined
  }
  const positionMs = int('t', 0, MAX_MS)
  const speed = decimal('speed', 1, 10_000)
  const selectedEventId = matching('ev', EVENT_ID, 'an event id such as e12')
  const panel = oneOf('panel', PANELS)
  const locale = oneOf('lang', UI_LOCALES)
  const theme = oneOf('theme', THEMES)
  const lesson = matching('lesson', LESSON_ID, 'a lesson id (a-z, 0-9, -)')
  const step = int('step', 0, 999)
  Object.assign(
    view,
    positionMs !== undefined && { positionMs },
    speed !== undefined && { speed },
    selectedEventId !== undefined && { selectedEventId },
    panel !== undefined && { panel },
    locale !== undefined && { locale },
    theme !== undefined && { theme },
    lesson !== undefined && { lesson },
    step !== undefined && { step },
  )
  return { view, issues }
}

const prefixed = (issues: readonly Issue[], prefix: string): Issue[] =>
  issues.map((i) => ({ ...i, path: i.path === '' ? prefix : `${prefix}/${i.path}` }))

/** A link's document (and the inputs injected into it) as the run will see them; located issues, or none. */
export function checkDocument(doc: unknown, inputs: readonly ShareInput[], at: string): Issue[] {
  const parsed = parseScenario(doc)
  if (!parsed.ok) return prefixed(parsed.issues, at)
  if (inputs.length === 0) return []
  // The injected inputs must fit the document: validated as the run will see them (document + inputs).
  const placed = placeInputs(inputs)
  const withInputs = {
    ...parsed.scenario,
    faults: [...parsed.scenario.faults, ...placed.flatMap((p) => p.faults)],
    traffic: [...parsed.scenario.traffic, ...placed.flatMap((p) => p.traffic)],
  }
  const check = parseScenario(withInputs)
  return check.ok ? [] : prefixed(check.issues, at)
}

/** `#s=1.…` → the state, or located issues. `{kind:'none'}` when the hash carries no scenario. Never throws. */
export async function decodeShareHash(rawHash: string): Promise<ShareDecode> {
  try {
    return await decode(rawHash)
  } catch (e) {
    // Belt and braces: a link must never take the page down. Reported like any other unreadable link.
    return {
      kind: 'error',
      issues: [
        issue('#s', 'link.corrupt', `The link could not be read (${e instanceof Error ? e.message : String(e)}).`),
      ],
    }
  }
}

async function decode(rawHash: string): Promise<ShareDecode> {
  const hash = rawHash.startsWith('#') ? rawHash.slice(1) : rawHash
  if (!/(^|&)s=/.test(hash)) return { kind: 'none' }
  if (hash.length > MAX_LINK_CHARS)
    return {
      kind: 'error',
      issues: [
        issue('#s', 'link.tooLong', `The link is ${hash.length} characters; the limit is ${MAX_LINK_CHARS}.`, {
          length: hash.length,
          limit: MAX_LINK_CHARS,
        }),
      ],
    }
  let params: URLSearchParams
  try {
    params = new URLSearchParams(hash)
  } catch {
    return { kind: 'error', issues: [issue('#', 'link.corrupt', 'The link could not be read.')] }
  }
  const s = params.get('s') ?? ''
  const dot = s.indexOf('.')
  const version = dot === -1 ? s : s.slice(0, dot)
  if (version !== String(LINK_VERSION) && version !== String(COMPARE_LINK_VERSION))
    return {
      kind: 'error',
      issues: [
        issue(
          '#s',
          'link.version',
          `This link's format “${version.slice(0, 12)}” is not one this version of Lambdascope reads ` +
            `(it reads ${LINK_VERSION} and ${COMPARE_LINK_VERSION}).`,
          { version: version.slice(0, 12), supported: `${LINK_VERSION}, ${COMPARE_LINK_VERSION}` },
        ),
      ],
    }
  const blob = s.slice(dot + 1)
  const bad = firstNonBase64Url(blob)
  if (bad !== -1)
    return {
      kind: 'error',
      issues: [
        issue(
          '#s',
          'link.encoding',
          `The scenario part of the link has a character that cannot be there, at character ${bad + 1}.`,
          { position: bad + 1 },
        ),
      ],
    }
  const bytes = fromBase64Url(blob)
  if (bytes === null || bytes.length === 0)
    return {
      kind: 'error',
      issues: [issue('#s', 'link.corrupt', 'The scenario part of the link is cut short or garbled.')],
    }
  const inflated = await inflate(bytes, MAX_PAYLOAD_BYTES)
  if (!inflated.ok)
    return inflated.reason === 'tooLarge'
      ? {
          kind: 'error',
          issues: [
            issue(
              '#s',
              'link.tooLarge',
              `The scenario in the link unpacks to more than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB.`,
              { limitMb: MAX_PAYLOAD_BYTES / 1024 / 1024 },
            ),
          ],
        }
      : {
          kind: 'error',
          issues: [issue('#s', 'link.corrupt', 'The scenario part of the link is cut short or garbled.')],
        }
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes))
  } catch {
    return {
      kind: 'error',
      issues: [issue('#s', 'link.corrupt', 'The scenario part of the link is cut short or garbled.')],
    }
  }
  const payload = (version === String(LINK_VERSION) ? payloadSchema : comparePayloadSchema).safeParse(json)
  if (!payload.success)
    return { kind: 'error', issues: [issue('#s', 'link.payload', 'The link does not hold a Lambdascope scenario.')] }
  const inputs = (payload.data.inputs ?? []) as ShareInput[]
  const checked = checkDocument(payload.data.scenario, inputs, '#s')
  if (checked.length > 0) return { kind: 'error', issues: checked }
  const { view, issues } = readView(params)
  if (issues.length > 0) return { kind: 'error', issues }
  const withCompare = version === String(COMPARE_LINK_VERSION) ? comparePayloadSchema.safeParse(json) : null
  if (withCompare?.success) {
    const c = withCompare.data.compare
    const originalInputs = (c.inputs ?? []) as ShareInput[]
    const bad = checkDocument(c.original, originalInputs, '#s/compare/original')
    if (bad.length > 0) return { kind: 'error', issues: bad }
    view.compare = { kind: c.kind, atMs: c.atMs, original: c.original as Scenario, inputs: originalInputs }
  }
  // The document exactly as written in the link (valid, and byte for byte what was shared).
  return { kind: 'ok', state: { scenario: payload.data.scenario as Scenario, inputs, view } }
}
