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

const selectCanUndo = (h: { pastStates: readonly unknown[] }) => h.pastStates.length > 0
const selectCanRedo = (h: { futureStates: readonly unknown[] }) => h.futureStates.length > 0

/** Whether undo / redo have anything to do (for toolbar buttons). */
export function useUndoRedoState(): { canUndo: boolean; canRedo: boolean } {
  const temporal = useAppStoreApi().temporal
  const canUndo = useStore(temporal, selectCanUndo)
  const canRedo = useStore(temporal, selectCanRedo)
  return { canUndo, canRedo }
}
