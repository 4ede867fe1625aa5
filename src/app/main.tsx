import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import './theme.css'
import { initI18n } from '../i18n'
import { AppStoreProvider } from '../store/AppStoreProvider'
import { App } from './App'
import { initialPreferences } from './preferences'
import { exampleFromSearch } from './exampleFromUrl'
import { PersistenceProvider } from './persistence/PersistenceProvider'
import { restoreAtStartup } from './persistence/startup'
import { canvas200 } from './benchScenario'
import { safeStorage, showStartAtLaunch } from './start/startVisit'

const prefs = initialPreferences()
const example = exampleFromSearch(window.location.search)
// A scenario opened from the URL is a view of that link: it must never overwrite the autosaved work.
const fromUrl = example.kind === 'ok'
const restored = fromUrl ? ({ kind: 'none' } as const) : restoreAtStartup()
initI18n(prefs.locale)

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')

/**
 * `?bench=canvas200` (npm run bench:ui only): a generated scenario. Bundled (under 1 KB), not a chunk of its own: a
 * dynamic import cost the benchmark a round trip (90–210 ms measured) that no user's start has (autosave and examples
 * load synchronously), so the benchmark measured a wait the app does not have.
 */
const bench = new URLSearchParams(location.search).get('bench') === 'canvas200' ? { scenario: canvas200() } : {}

// A first visit with nothing to show opens the start page (lessons, examples, empty canvas); once dismissed, or once
// there is work, it waits for the header's Learn / Examples.
const startPage = showStartAtLaunch({ fromLink: fromUrl || example.kind === 'error' || 'scenario' in bench, restored: restored.kind === 'loaded' ? restored.scenario : null, storage: safeStorage() })
  ? ('lessons' as const)
  : null

createRoot(root).render(
  <StrictMode>
    <AppStoreProvider
      initial={{
        ...prefs,
        startPage,
        ...(restored.kind === 'loaded' && { scenario: restored.scenario }),
        ...(example.kind === 'ok' && { scenario: example.scenario }),
        ...bench,
      }}
    >
      <PersistenceProvider
        restored={restored}
        autosave={!fromUrl && !('scenario' in bench)}
        {...(example.kind === 'error' && { linkError: example })}
      >
        <App />
      </PersistenceProvider>
    </AppStoreProvider>
  </StrictMode>,
)
