import { createContext, useContext } from 'react'
import type { TFunction } from 'i18next'

/**
 * One `t` for the hundreds of nodes and edges on the canvas. `useTranslation` in each of them costs a subscription
 * and a wrapper per component (measured: most of the translation time of a 200-node first render); this `t` comes
 * from one `useTranslation` in `FlowCanvas`, changes with the language (so memoised nodes re-render then), and
 * remembers plain keys (`edges.role.trigger` is asked 300 times by 300 edges).
 */
export const CanvasTextContext = createContext<TFunction | null>(null)

/**
 * Whether edges draw their role labels. Zoomed far out they would be specks: they are then not rendered at all
 * (300 label elements fewer to create, lay out and paint; the edges keep colour and dash, and their aria label).
 */
export const EdgeLabelsShownContext = createContext(true)

export function useCanvasT(): TFunction {
  const t = useContext(CanvasTextContext)
  if (!t) throw new Error('useCanvasT outside FlowCanvas')
  return t
}

/** A template whose only placeholders are plain `{{name}}` (no formats, plurals or nesting): filled by hand. */
const SIMPLE_PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g
const UNSIMPLE = /\$t\(|\{\{[^}]*[,-][^}]*\}\}/

/**
 * `t` with plain keys remembered, and templates of simple `{{name}}` placeholders filled without i18next's
 * interpolation pass: the same sentences (interpolation does not escape, see src/i18n), one lookup per key and
 * language. Options other than string/number values (count, context, defaultValue…) go to i18next as usual.
 */
export function rememberingT(t: TFunction): TFunction {
  const plain = new Map<string, string>()
  const templates = new Map<string, string | null>()
  const anyT = t as unknown as (key: string, ...rest: unknown[]) => string
  const lookup = (key: string): string => {
    let text = plain.get(key)
    if (text === undefined) {
      text = anyT(key)
      plain.set(key, text)
    }
    return text
  }
  const remembering = (key: string, ...rest: unknown[]) => {
    if (rest.length === 0) return lookup(key)
    const options = rest[0]
    if (rest.length > 1 || typeof options !== 'object' || options === null) return anyT(key, ...rest)
    const values = options as Record<string, unknown>
    if ('count' in values || 'context' in values || 'defaultValue' in values || 'lng' in values)
      return anyT(key, ...rest)
    let template = templates.get(key)
    if (template === undefined) {
      const raw = anyT(key, { skipInterpolation: true })
      template = UNSIMPLE.test(raw) ? null : raw
      templates.set(key, template)
    }
    if (template === null) return anyT(key, ...rest)
    let missing = false
    const filled = template.replace(SIMPLE_PLACEHOLDER, (whole, name: string) => {
      const v = values[name]
      if (typeof v === 'string' || typeof v === 'number') return String(v)
      missing = true
      return whole
    })
    return missing ? anyT(key, ...rest) : filled
  }
  return remembering as unknown as TFunction
}
