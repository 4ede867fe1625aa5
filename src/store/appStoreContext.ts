import { createContext } from 'react'
import type { AppStoreApi } from './createAppStore'

export const AppStoreContext = createContext<AppStoreApi | null>(null)
