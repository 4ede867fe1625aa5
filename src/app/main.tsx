import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import './theme.css'
import { initI18n } from '../i18n'
import { AppStoreProvider } from '../store/AppStoreProvider'
import { App } from './App'
import { initialPreferences } from './preferences'
import { PersistenceProvider } from './persistence/PersistenceProvider'
import { restoreAtStartup } from './persistence/startup'

const prefs = initialPreferences()
const restored = restoreAtStartup()
initI18n(prefs.locale)

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')
createRoot(root).render(
  <StrictMode>
    <AppStoreProvider initial={restored.kind === 'loaded' ? { ...prefs, scenario: restored.scenario } : prefs}>
      <PersistenceProvider restored={restored}>
        <App />
      </PersistenceProvider>
    </AppStoreProvider>
  </StrictMode>,
)
