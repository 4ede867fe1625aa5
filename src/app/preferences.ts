import { THEMES, UI_LOCALES, type Theme, type UiLocale } from '../store/uiSlice'

const STORAGE_KEY = 'lambdascope.preferences.v1'

export interface Preferences {
  theme: Theme
  locale: UiLocale
}

const isTheme = (v: unknown): v is Theme => typeof v === 'string' && (THEMES as readonly string[]).includes(v)
const isLocale = (v: unknown): v is UiLocale => typeof v === 'string' && (UI_LOCALES as readonly string[]).includes(v)

function readStored(): Partial<Preferences> {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    if (!raw) return {}
    const data: unknown = JSON.parse(raw)
    if (typeof data !== 'object' || data === null) return {}
    const { theme, locale } = data as Record<string, unknown>
    return { ...(isTheme(theme) && { theme }), ...(isLocale(locale) && { locale }) }
  } catch {
    return {} // storage blocked (embeds, private mode) or corrupt: fall back to defaults
  }
}

/** URL (?lang=ja&theme=dark) wins over what was saved, which wins over the browser's own preferences. */
export function initialPreferences(search: string = location.search): Preferences {
  const params = new URLSearchParams(search)
  const stored = readStored()
  const urlTheme = params.get('theme')
  const urlLocale = params.get('lang')
  const systemDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
  const browserJa = typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('ja')
  return {
    theme: isTheme(urlTheme) ? urlTheme : (stored.theme ?? (systemDark ? 'dark' : 'light')),
    locale: isLocale(urlLocale) ? urlLocale : (stored.locale ?? (browserJa ? 'ja' : 'en')),
  }
}

export function savePreferences(prefs: Preferences): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs))
  } catch {
    // storage unavailable: the choice still applies for this visit
  }
}
