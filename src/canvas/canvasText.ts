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

/** `t` with plain keys (no options) remembered: same answers, one lookup per key and language. */
export function rememberingT(t: TFunction): TFunction {
  const plain = new Map<string, string>()
  const anyT = t as unknown as (key: string, ...rest: unknown[]) => string
  const remembering = (key: string, ...rest: unknown[]) => {
    if (rest.length > 0) return anyT(key, ...rest)
    let text = plain.get(key)
    if (text === undefined) {
      text = anyT(key)
      plain.set(key, text)
    }
    return text
  }
  return remembering as unknown as TFunction
}
