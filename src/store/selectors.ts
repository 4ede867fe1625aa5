import type { AppStore } from './createAppStore'

export const selectTheme = (s: AppStore) => s.theme
export const selectLocale = (s: AppStore) => s.locale
export const selectToggleTheme = (s: AppStore) => s.toggleTheme
export const selectSetLocale = (s: AppStore) => s.setLocale
