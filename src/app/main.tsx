import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import './theme.css'
import { initI18n } from '../i18n'
import { AppStoreProvider } from '../store/AppStoreProvider'
import { App } from './App'
import { initialPreferences } from './preferences'
import { exampleFromSearch } from './exampleFromUrl'

const prefs = initialPreferences()
const example = exampleFromSearch(window.location.search)
if (example.kind === 'error') console.error(`?example=${example.name}: ${example.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`)
initI18n(prefs.locale)

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')
createRoot(root).render(
  <StrictMode>
    <AppStoreProvider initial={example.kind === 'ok' ? { ...prefs, scenario: example.scenario } : prefs}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
)
