import type { StateCreator } from 'zustand'

export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]
export const UI_LOCALES = ['en', 'ja'] as const
export type UiLocale = (typeof UI_LOCALES)[number]

/** What the user chose for the whole app. Plain, serialisable data (share links and embeds will carry it). */
export interface UiState {
  theme: Theme
  locale: UiLocale
}

export interface UiActions {
  setTheme: (theme: Theme) => void
  toggleTheme: () => void
  setLocale: (locale: UiLocale) => void
}

export type UiSlice = UiState & UiActions

export const createUiSlice =
  (initial: UiState): StateCreator<UiSlice, [], [], UiSlice> =>
  (set) => ({
    ...initial,
    setTheme: (theme) => set({ theme }),
    toggleTheme: () => set((s) => ({ theme: s.theme === 'dark' ? 'light' : 'dark' })),
    setLocale: (locale) => set({ locale }),
  })
