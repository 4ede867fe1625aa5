import type { i18n as I18n } from 'i18next'
import type { MessageKey } from '../../i18n'

/** The narrow translate function narration needs (pure code gets it passed in; tests pass a fixed language). */
export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string

export function translatorOf(i18n: I18n, lng?: string): Translate {
  const fixed = i18n.getFixedT(lng ?? i18n.language)
  return (key, values) => String(fixed(key as never, values as never))
}
