import { createStore } from 'zustand/vanilla'
import { createUiSlice, type UiSlice, type UiState } from './uiSlice'

export type AppStore = UiSlice
export type AppState = UiState

export const defaultAppState: AppState = { theme: 'light', locale: 'en' }

/**
 * One store per app instance (and per test, lesson reset or embed): a factory, not a module singleton.
 * Slices are combined here and nowhere else.
 */
export function createAppStore(initial: Partial<AppState> = {}) {
  return createStore<AppStore>()((...a) => ({
    ...createUiSlice({ ...defaultAppState, ...initial })(...a),
  }))
}

export type AppStoreApi = ReturnType<typeof createAppStore>
