/**
 * Template text (YAML or JSON) → plain data with CloudFormation's short forms turned into their long forms
 * (`!Ref X` → `{Ref: X}`, `!GetAtt A.B` → `{"Fn::GetAtt": ["A", "B"]}`), plus a locator from a path to a line and
 * column. The `yaml` library parses both (JSON is YAML's flow style); JSON is checked strictly first so a trailing
 * comma
 * is an error as it is for CloudFormation. We walk yaml's node tree ourselves so tags, depth and aliases stay bounded.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { TemplateError } from './types.ts'

export const MAX_TEMPLATE_CHARS = 2_000_000
export const MAX_TEMPLATE_DEPTH = 64
/** Nodes produced (aliases count every expansion): stops "billion laughs" documents. */
export const MAX_TEMPLATE_NODES = 200_000
/** Values produced by expanding aliases (templates rarely use them; a few nested ones can expand a billion-fold). */
export const MAX_ALIAS_VALUES = 20_000
/** Paths deeper than this are located at their nearest kept ancestor. */
const LOCATED_DEPTH = 10

/** Tag → long form. `!GetAtt` and `!Ref`/`!Condition` have their own shapes below. */
const FN_TAGS: Readonly<Record<string, string>> = {
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!FindInMap': 'Fn::FindInMap',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!Sub': 'Fn::Sub',
  '!Transform': 'Fn::Transform',
  '!And': 'Fn::And',
  '!Equals': 'Fn::Equals',
  '!If': 'Fn::If',
  '!Not': 'Fn::Not',
  '!Or': 'Fn::Or',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
  '!GetAtt': 'Fn::GetAtt',
}

export interface Position {
  line: number
  column: number
}

export type ParsedTemplate =
  | { ok: true; value: unknown; locate: (path: readonly (string | number)[]) => Position }
  | { ok: false; errors: TemplateError[] }

const DOC: Position = { line: 1, column: 1 }

function lineColOf(text: string, offset: number): Position {
  let line = 1
  let last = -1
  const end = Math.min(Math.max(0, offset), text.length)
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) !== 10) continue
    line += 1
    last = i
  }
  return { line, column: end - last }
}

const err = (
  pos: Position,
  path: string,
  code: TemplateError['code'],
  message: string,
  params: TemplateError['params'] = {},
): TemplateError => ({
  ...pos,
  path,
  code,
  message,
  params,
})

class WalkStop extends Error {
  readonly error: TemplateError
  constructor(error: TemplateError) {
    super(error.message)
    this.error = error
  }
}

export function parseCfn(text: string): ParsedTemplate {
  if (text.length > MAX_TEMPLATE_CHARS)
    return {
      ok: false,
      errors: [
        err(DOC, '(document)', 'template.tooLarge', `The template is over ${MAX_TEMPLATE_CHARS} characters.`, {
          maxChars: MAX_TEMPLATE_CHARS,
        }),
      ],
    }
  if (text.trim() === '')
    return { ok: false, errors: [err(DOC, '(document)', 'template.empty', 'The template is empty.')] }
  const trimmed = text.trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      JSON.parse(text)
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      const at = /position (\d+)/.exec(message)
      const pos = at ? lineColOf(text, Number(at[1])) : lineColOf(text, text.length)
      return {
        ok: false,
        errors: [err(pos, '(document)', 'template.syntax', `Invalid JSON: ${message}`, { detail: message })],
      }
    }
  }
  const lc = new LineCounter()
  let doc: Document.Parsed
  try {
    doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true })
  } catch (e) {
    // yaml reports problems as data; this only catches an internal failure, never expected.
    const message = e instanceof Error ? e.message : String(e)
    return {
      ok: false,
      errors: [err(DOC, '(document)', 'template.syntax', `Invalid YAML: ${message}`, { detail: message })],
    }
  }
  const posOf = (offset: number): Position => {
    const p = lc.linePos(offset)
    return { line: p.line, column: p.col }
  }
  if (doc.errors.length > 0)
    return {
      ok: false,
      errors: doc.errors.slice(0, 20).map((e) =>
        err(posOf(e.pos[0]), '(document)', 'template.syntax', `Invalid YAML: ${firstLine(e.message)}`, {
          detail: firstLine(e.message),
        }),
      ),
    }
  const offsets = new Map<string, number>()
  // yaml resolves an alias by searching the document: each alias node is resolved once, however often it repeats.
  const aliasTargets = new Map<Node, Node | undefined>()
  const target = (alias: Node & { resolve(d: Document): unknown }): Node | undefined => {
    if (!aliasTargets.has(alias)) aliasTargets.set(alias, alias.resolve(doc) as Node | undefined)
    return aliasTargets.get(alias)
  }
  // Values an alias target expands to, counted on the node tree (memoized, capped) so an alias bomb is refused before
  // anything is copied: walking it first until the counter trips took seconds on a loaded machine.
  const sizes = new Map<Node, number>()
  const sizeOf = (node: Node | null | undefined, depth: number): number => {
    if (node === null || node === undefined || isScalar(node)) return 1
    if (depth > MAX_TEMPLATE_DEPTH) return MAX_TEMPLATE_NODES + 1
    const known = sizes.get(node)
    if (known !== undefined) return known
    let n = 1
    if (isAlias(node)) n = sizeOf(target(node), depth + 1)
    else if (isSeq(node)) for (const item of node.items) n += sizeOf(item as Node, depth + 1)
    else if (isMap(node)) for (const pair of node.items) n += isPair(pair) ? sizeOf(pair.value as Node, depth + 1) : 0
    n = Math.min(n, MAX_TEMPLATE_NODES + 1)
    sizes.set(node, n)
    return n
  }
  let produced = 0
  let expanded = 0
  const walk = (
    node: Node | null | undefined,
    path: (string | number)[],
    depth: number,
    record = true,
    inAlias = false,
  ): unknown => {
    if (inAlias && ++expanded > MAX_ALIAS_VALUES)
      throw new WalkStop(
        err(
          node?.range ? posOf(node.range[0]) : DOC,
          dotted(path),
          'template.tooManyAliases',
          `Aliases in the template expand to more than ${MAX_ALIAS_VALUES} values.`,
          { maxValues: MAX_ALIAS_VALUES },
        ),
      )
    if (++produced > MAX_TEMPLATE_NODES)
      throw new WalkStop(
        err(
          node?.range ? posOf(node.range[0]) : DOC,
          dotted(path),
          'template.tooManyAliases',
          `The template expands to more than ${MAX_TEMPLATE_NODES} values.`,
          { maxValues: MAX_TEMPLATE_NODES },
        ),
      )
    if (depth > MAX_TEMPLATE_DEPTH)
      throw new WalkStop(
        err(
          node?.range ? posOf(node.range[0]) : DOC,
          dotted(path),
          'template.tooDeep',
          `The template nests deeper than ${MAX_TEMPLATE_DEPTH} levels here.`,
          { maxDepth: MAX_TEMPLATE_DEPTH },
        ),
      )
    if (node === null || node === undefined) return null
    // Locations are kept where messages point (resources, their properties), not inside expanded aliases.
    const keep = record && depth <= LOCATED_DEPTH
    if (keep && node.range) offsets.set(dotted(path), node.range[0])
    if (isAlias(node)) {
      if (expanded + sizeOf(target(node), depth) > MAX_ALIAS_VALUES)
        throw new WalkStop(
          err(
            node.range ? posOf(node.range[0]) : DOC,
            dotted(path),
            'template.tooManyAliases',
            `Aliases in the template expand to more than ${MAX_ALIAS_VALUES} values.`,
            { maxValues: MAX_ALIAS_VALUES },
          ),
        )
      return walk(target(node), path, depth + 1, false, true)
    }
    const plain = (): unknown => {
      if (isScalar(node)) return node.value === undefined ? null : node.value
      if (isSeq(node))
        return node.items.map((item, i) => walk(item as Node, keep ? [...path, i] : path, depth + 1, keep, inAlias))
      if (isMap(node)) {
        const out: Record<string, unknown> = {} // safe-keys: defineProperty keeps `__proto__` an own key
        for (const pair of node.items) {
          if (!isPair(pair)) continue
          const key = isScalar(pair.key)
            ? String(pair.key.value)
            : isAlias(pair.key)
              ? String((pair.key.resolve(doc) as { value?: unknown } | undefined)?.value)
              : String(pair.key)
          if (keep && isScalar(pair.key) && pair.key.range) offsets.set(dotted([...path, key]), pair.key.range[0])
          // Keys become data: define them so `__proto__` stays an ordinary key.
          Object.defineProperty(out, key, {
            value: walk(pair.value as Node, keep ? [...path, key] : path, depth + 1, keep, inAlias),
            enumerable: true,
            writable: true,
            configurable: true,
          })
        }
        return out
      }
      return null
    }
    const tag = node.tag
    const value = plain()
    if (tag === undefined || !tag.startsWith('!') || tag.startsWith('!!')) return value
    if (tag === '!Ref') return { Ref: value }
    if (tag === '!Condition') return { Condition: value }
    if (tag === '!GetAtt' && typeof value === 'string') {
      const dot = value.indexOf('.')
      return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] }
    }
    const long = FN_TAGS[tag]
    // An unknown short form is kept under its own name so the resolver reports it as unresolved, not lost.
    return long ? { [long]: value } : { [`Fn::${tag.slice(1)}`]: value }
  }
  let value: unknown
  try {
    value = walk(doc.contents as Node | null, [], 0)
  } catch (e) {
    if (e instanceof WalkStop) return { ok: false, errors: [e.error] }
    if (e instanceof RangeError)
      return {
        ok: false,
        errors: [
          err(DOC, '(document)', 'template.tooDeep', 'The template nests too deep to read.', {
            maxDepth: MAX_TEMPLATE_DEPTH,
          }),
        ],
      }
    throw e
  }
  const locate = (path: readonly (string | number)[]): Position => {
    // The nearest located ancestor: the value itself, else its key, else its container.
    for (let n = path.length; n >= 0; n--) {
      const at = offsets.get(dotted(path.slice(0, n)))
      if (at !== undefined) return posOf(at)
    }
    return DOC
  }
  return { ok: true, value, locate }
}

export function dotted(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(document)' : path.map(String).join('.')
}

function firstLine(s: string): string {
  const i = s.indexOf('\n')
  return i < 0 ? s : s.slice(0, i)
}
