import 'i18next'
import type { en } from './en/index'

// Typed keys: t('playback.play') type-checks; t('playback.plya') does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
  }
}
