import { useState, type ReactNode } from 'react'
import { AppStoreContext } from './appStoreContext'
import { createAppStore, type AppState, type AppStoreApi } from './createAppStore'

/**
 * `store`: one built beforehand (a share link's view is applied to it before the first render); else built from
 * `initial`.
 */
export function AppStoreProvider({
  initial,
  store: given,
  children,
}: {
  initial?: Partial<AppState>
  store?: AppStoreApi
  children: ReactNode
}) {
  const [store] = useState(() => given ?? createAppStore(initial))
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>
}
