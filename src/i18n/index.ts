import { enFirstFrame } from './en/firstFrame'
import { initI18nWith, type Locale } from './core'

export * from './core'

/**
 * Initialise i18next once, synchronously, with the English areas the editor's first frame shows (en/firstFrame.ts). A
 * language whose strings are not loaded yet starts in English: callers that need it for the first frame await
 * `setLanguage` first.
 */
export function initI18n(locale: Locale = 'en') {
  return initI18nWith(locale, enFirstFrame)
}
