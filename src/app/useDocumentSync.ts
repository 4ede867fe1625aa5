import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { setLanguage } from '../i18n'
import { useAppStore } from '../store/useAppStore'
import { selectLocale, selectTheme } from '../store/selectors'
import type { Theme, UiLocale } from '../store/uiSlice'

/**
 * Keeps <html> (theme, lang) and i18next in step with the store. `onChange` runs after each change: the app saves its
 * preferences there; an embed passes nothing (it writes no storage of the host's).
 */
export function useDocumentSync(onChange?: (prefs: { theme: Theme; locale: UiLocale }) => void) {
  const theme = useAppStore(selectTheme)
  const locale = useAppStore(selectLocale)
  const { i18n } = useTranslation()
  useEffect(() => {
    const html = document.documentElement
    html.dataset.theme = theme
    html.style.colorScheme = theme
    html.lang = locale
    // Another language's strings load on demand: the switch happens once they are in.
    if (i18n.language !== locale) void setLanguage(locale)
    onChange?.({ theme, locale })
  }, [theme, locale, i18n, onChange])
}
