import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en/index'
import type { Locale, Messages } from './types'

export { LOCALES, isLocale } from './types'
export type { Locale, MessageKey, Messages } from './types'

/** The languages not bundled with the first frame: each its own chunk, fetched from the app's origin when chosen. */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  ja: () => import('./ja/index').then((m) => m.ja),
}

/** Adds a language's strings synchronously (tests, and the loaders below once their chunk arrives). */
export function registerLocale(locale: Locale, messages: Messages): void {
  if (!i18next.hasResourceBundle(locale, 'translation')) i18next.addResourceBundle(locale, 'translation', messages)
}

const loading = new Map<Locale, Promise<void>>()

/** Makes sure a language's strings are in i18next (fetching its chunk the first time). */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || i18next.hasResourceBundle(locale, 'translation')) return Promise.resolve()
  let pending = loading.get(locale)
  if (!pending) {
    pending = loaders[locale]().then((messages) => registerLocale(locale, messages))
    // A failed fetch (offline before the chunk was cached) may be retried by the next switch.
    pending.catch(() => loading.delete(locale))
    loading.set(locale, pending)
  }
  return pending
}

let wanted: Locale | null = null

/**
 * Switches the language once its strings are loaded. The last call wins: a quick en → ja → en never ends in Japanese
 * because the Japanese chunk arrived last. Resolves when i18next shows `locale` (or a later call took over).
 */
export async function setLanguage(locale: Locale): Promise<void> {
  wanted = locale
  await loadLocale(locale)
  if (wanted === locale && i18next.language !== locale) await i18next.changeLanguage(locale)
}

/**
 * Initialise i18next once, synchronously, with English (strings ship with the app: no network). A language whose
 * strings are not loaded yet starts in English: callers that need it for the first frame await `setLanguage` first.
 */
export function initI18n(locale: Locale = 'en') {
  // (hasResourceBundle exists only once i18next is initialised.)
  const lng =
    locale === 'en' || (i18next.isInitialized && i18next.hasResourceBundle(locale, 'translation')) ? locale : 'en'
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en: { translation: en } },
      lng,
      fallbackLng: false,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      initAsync: false,
    })
  } else if (i18next.language !== lng) {
    void i18next.changeLanguage(lng)
  }
  if (lng !== locale) void setLanguage(locale)
  return i18next
}

export { i18next }
