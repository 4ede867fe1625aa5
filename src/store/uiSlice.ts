import type { StateCreator } from 'zustand'

export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]
export const UI_LOCALES = ['en', 'ja'] as const
export type UiLocale = (typeof UI_LOCALES)[number]
/** The trace drawer: collapsed, or open on one of its tabs (share links carry it). */
export const PANELS = ['closed', 'log', 'timeline', 'metrics'] as const
export type PanelView = (typeof PANELS)[number]

/** The start page's sections: lessons first (the header's Learn), or the examples (Examples). */
export type StartSection = 'lessons' | 'examples'

/** What the user chose for the whole app. Plain, serialisable data (share links and embeds will carry it). */
export interface UiState {
  theme: Theme
  locale: UiLocale
  panel: PanelView
  /** The start page, open at a section, or closed (null). Not a preference: the app decides it at launch. */
  startPage?: StartSection | null
}

export interface UiActions {
  setTheme: (theme: Theme) => void
  toggleTheme: () => void
  setLocale: (locale: UiLocale) => void
  setPanel: (panel: PanelView) => void
  openStart: (section: StartSection) => void
  closeStart: () => void
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
    openStart: (section) => set({ startPage: section }),
    closeStart: () => set({ startPage: null }),
  })
