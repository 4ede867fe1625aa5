import type { StateCreator } from 'zustand'

export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]
export const UI_LOCALES = ['en', 'ja'] as const
export type UiLocale = (typeof UI_LOCALES)[number]
/** The trace drawer: collapsed, or open on one of its tabs (share links carry it). */
export const PANELS = ['closed', 'log', 'timeline', 'metrics'] as const
export type PanelView = (typeof PANELS)[number]

/** What the user chose for the whole app. Plain, serialisable data (share links and embeds will carry it). */
export interface UiState {
  theme: Theme
  locale: UiLocale
  panel: PanelView
}

export interface UiActions {
  setTheme: (theme: Theme) => void
  toggleTheme: () => void
  setLocale: (locale: UiLocale) => void
  setPanel: (panel: PanelView) => void
}

export type UiSlice = UiState & UiActions

export const createUiSlice =
  (initial: UiState): StateCreator<UiSlice, [], [], UiSlice> =>
  (set) => ({
    ...initial,
    setTheme: (theme) => set({ theme }),
    toggleTheme: () => set((s) => ({ theme: s.theme === 'dark' ? 'light' : 'dark' })),
    setLocale: (locale) => set({ locale }),
    setPanel: (panel) => set({ panel }),
  })
