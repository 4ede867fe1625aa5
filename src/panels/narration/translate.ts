import type { i18n as I18n } from 'i18next'
import type { MessageKey } from '../../i18n'

/** The narrow translate function narration needs (pure code gets it passed in; tests pass a fixed language). */
export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string

const PLACEHOLDER = /\{\{(\w+)\}\}/g

/**
 * A fast translator for narration: the log narrates thousands of lines, and i18next's `t` costs far more per call
 * than a lookup and a replace. Same bundled strings and `{{name}}` placeholders; missing keys fall back to i18next.
 */
export function translatorOf(i18n: I18n, lng?: string): Translate {
  const language = lng ?? i18n.language
  const templates = new Map<string, string | null>()
  return (key, values) => {
    let tpl = templates.get(key)
    if (tpl === undefined) {
      const found: unknown = i18n.getResource(language, 'translation', key)
      tpl = typeof found === 'string' ? found : null
      templates.set(key, tpl)
    }
    if (tpl === null) return String(i18n.getFixedT(language)(key as never, values as never))
    if (!values) return tpl
    return tpl.replace(PLACEHOLDER, (m, name: string) => (name in values ? String(values[name]) : m))
  }
}
