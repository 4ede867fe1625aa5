import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en/index'
import { ja } from './ja/index'
import type { Locale } from './types'

export { LOCALES, isLocale } from './types'
export type { Locale, MessageKey, Messages } from './types'

export const resources = { en: { translation: en }, ja: { translation: ja } } as const

/** Initialise i18next once, synchronously, with everything bundled (no network: strings ship with the app). */
export function initI18n(locale: Locale = 'en') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: locale,
      fallbackLng: false,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      initAsync: false,
    })
  } else if (i18next.language !== locale) {
    void i18next.changeLanguage(locale)
  }
  return i18next
}

export { i18next }
