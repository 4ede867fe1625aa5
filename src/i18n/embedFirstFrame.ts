/**
 * i18next for the embed's first frame (app/embed/main.tsx): only the areas it shows (en/embedFirstFrame.ts; Japanese
 * from its own small chunk). The interactive embed loads the rest of the language before it replaces the first frame
 * (app/embed/live.ts). (#16: the embed's initial JS.)
 */
import { i18next, initI18nWith, registerFirstFrame, type Locale } from './core'
import { enEmbedFirstFrame } from './en/embedFirstFrame'

export async function initEmbedI18n(locale: Locale): Promise<void> {
  initI18nWith('en', enEmbedFirstFrame)
  if (locale === 'en') return
  const { jaEmbedFirstFrame } = await import('./ja/embedFirstFrame')
  registerFirstFrame(locale, jaEmbedFirstFrame)
  await i18next.changeLanguage(locale)
}
