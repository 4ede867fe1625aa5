import { useContext } from 'react'
import { useStore } from 'zustand'
import { AppStoreContext } from './appStoreContext'
import type { AppStore, AppStoreApi } from './createAppStore'

export function useAppStoreApi(): AppStoreApi {
  const store = useContext(AppStoreContext)
  if (!store) throw new Error('useAppStore must be used inside <AppStoreProvider>')
  return store
}

/** Select narrowly: pass a module-level selector from selectors.ts. */
export function useAppStore<T>(selector: (state: AppStore) => T): T {
  return useStore(useAppStoreApi(), selector)
}
