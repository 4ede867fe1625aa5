import { useState, type ReactNode } from 'react'
import { AppStoreContext } from './appStoreContext'
import { createAppStore, type AppState } from './createAppStore'

export function AppStoreProvider({ initial, children }: { initial?: Partial<AppState>; children: ReactNode }) {
  const [store] = useState(() => createAppStore(initial))
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>
}
