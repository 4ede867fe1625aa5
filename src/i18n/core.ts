/**
 * i18next and the language loading, without any strings: index.ts starts it with the editor's first-frame English,
 * the embed's first frame (app/embed/main.tsx) with its own shorter list (en/embedFirstFrame.ts). (#16: initial JS.)
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Locale, Messages } from './types'

export { LOCALES, isLocale } from './types'
export type { Locale, MessageKey, Messages } from './types'

/** The languages not bundled with the first frame: each its own chunk, fetched from the app's origin when chosen. */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  ja: () => import('./ja/index').then((m) => m.ja),
}

/**
 * Adds a language's strings synchronously (tests, and the loaders below once their chunk arrives). Merged into what
 * is there (English starts with its first-frame areas), never overwriting a string.
 */
export function registerLocale(locale: Locale, messages: Messages): void {
  i18next.addResourceBundle(locale, 'translation', messages, true, false)
  complete.add(locale)
}

/** Languages whose every string is in i18next (not only a first frame's areas). */
const complete = new Set<Locale>()

/**
 * Adds a few areas of a language for a first frame (the embed's, i18n/embedFirstFrame.ts): the rest is still fetched
 * by `loadLocale`/`setLanguage`.
 */
export function registerFirstFrame(locale: Locale, messages: object): void {
  i18next.addResourceBundle(locale, 'translation', messages, true, false)
}

let english: Promise<void> | null = null

/**
 * Whether every string of the language on screen is in i18next: false for English until `loadEnglish` has brought the
 * areas its first frame leaves out. Parts that can be on the first frame but read those areas wait for it.
 */
export function allStringsLoaded(): boolean {
  return complete.has(i18next.language as Locale)
}

/**
 * The English areas the first frame does not show (en/firstFrame.ts lists those it does): one chunk, fetched by the
 * pages once their first frame is painted and awaited by every lazy panel and dialog, so no part shows a key. A
 * failed fetch (offline before the chunk was cached) may be retried.
 */
export function loadEnglish(): Promise<void> {
  english ??= import('./en/index').then(
    (m) => registerLocale('en', m.en),
    (error: unknown) => {
      english = null
      throw error
    },
  )
  return english
}

const loading = new Map<Locale, Promise<void>>()

/** Makes sure a language's strings are in i18next (fetching its chunk the first time). */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || complete.has(locale)) return Promise.resolve()
  let pending = loading.get(locale)
  if (!pending) {
    pending = loaders[locale]().then((messages) => registerLocale(locale, messages))
    // A failed fetch (offline before the chunk was cached) may be retried by the next switch.
    pending.catch(() => loading.delete(locale))
    loading.set(locale, pending)
  }
  return pending
}

/** `loadEnglish` once the page's first frame is painted (a frame, then a task): the pages call it after rendering. */
export function loadEnglishAfterPaint(): void {
  requestAnimationFrame(() => setTimeout(() => void loadEnglish().catch(() => undefined), 0))
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
 * Initialise i18next once, synchronously, with the English areas `firstFrame` holds (strings ship with the app: no
 * network). A language whose strings are not loaded yet starts in English: callers that need it for the first frame
 * await `setLanguage` first.
 */
export function initI18nWith(locale: Locale, firstFrame: object) {
  // (hasResourceBundle exists only once i18next is initialised.)
  const lng =
    locale === 'en' || (i18next.isInitialized && i18next.hasResourceBundle(locale, 'translation')) ? locale : 'en'
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en: { translation: firstFrame } },
      lng,
      fallbackLng: false,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      initAsync: false,
      // Strings added later (the rest of English, a language's chunk) re-render what is already on screen.
      react: { bindI18nStore: 'added' },
    })
  } else if (i18next.language !== lng) {
    void i18next.changeLanguage(lng)
  }
  if (lng !== locale) void setLanguage(locale)
  return i18next
}

export { i18next }
