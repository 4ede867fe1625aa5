import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import './theme.css'
import { initI18n, loadEnglishAfterPaint, setLanguage } from '../i18n'
import { AppStoreProvider } from '../store/AppStoreProvider'
import { createAppStore } from '../store/createAppStore'
import { App } from './App'
import { PanelBoundary } from './PanelBoundary'
import { initialPreferences } from './preferences'
import { PersistenceProvider } from './persistence/PersistenceProvider'
import { restoreAtStartup } from './persistence/startup'
import { canvas200 } from './benchScenario'
import { adoptOpened, urlWithoutOpenState } from './share/adoptOpened'
import { readUrlAtStart, validatorNeededAtStart } from './share/openAtStart'
import { loadValidator } from './persistence/loadValidator'
import { KeptAsideNotice } from './share/KeptAsideNotice'
import { ComparisonSetAsideNotice } from './persistence/ComparisonSetAsideNotice'
import { hasSavedComparison } from './persistence/comparisonSave'
import { restorePlayheadAtStartup } from './persistence/playheadSave'
import { safeStorage, showStartAtLaunch } from './start/startVisit'
import { localStorageOrNull, setAsideStamp } from './persistence/browserStorage'

async function start() {
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from index.html')
  const prefs = initialPreferences()
  // Zod and the link codec (the validator chunk) are fetched before the first frame only for input that needs them.
  const withSchema = validatorNeededAtStart(location.search, location.hash, localStorageOrNull())
  const opened = await readUrlAtStart(location.search, location.hash)
  const restored = await restoreAtStartup(withSchema)
  /**
   * `?bench=canvas200` (npm run bench:ui only): a generated scenario. Bundled (under 1 KB), not a chunk of its own: a
   * dynamic import cost the benchmark a round trip (90–210 ms measured) that no user's start has (autosave and examples
   * load synchronously), so the benchmark measured a wait the app does not have. It is never autosaved.
   */
  const bench = new URLSearchParams(location.search).get('bench') === 'canvas200' ? canvas200() : null
  // A link or an example opens as the user's own copy: autosaved from now on, the earlier work set aside (#16).
  let keptAsideKey: string | null = null
  let autosave = bench === null
  if (opened.kind === 'ok' && bench === null) {
    const storage = localStorageOrNull()
    const adopt = storage
      ? adoptOpened(storage, opened.scenario, restored, setAsideStamp())
      : { keptAsideKey: null, autosaved: false }
    keptAsideKey = adopt.keptAsideKey
    // Not saved (storage full or blocked): keep the earlier work untouched rather than overwrite it with edits.
    autosave = adopt.autosaved
    history.replaceState(history.state, '', urlWithoutOpenState(location.href))
  }
  const view = opened.kind === 'ok' ? opened.view : {}
  initI18n(view.locale ?? prefs.locale)
  // Japanese is its own chunk: the first frame waits for it rather than flash English.
  await setLanguage(view.locale ?? prefs.locale)
  // A first visit with nothing to show opens the start page (lessons, examples, empty canvas); once dismissed, or once
  // there is work, it waits for the header's Learn / Examples. Never over a link's scenario.
  const startPage = showStartAtLaunch({
    fromLink: opened.kind !== 'none' || bench !== null,
    restored: restored.kind === 'loaded' ? restored.scenario : null,
    storage: safeStorage(),
  })
    ? ('lessons' as const)
    : null
  const store = createAppStore({
    ...prefs,
    startPage,
    ...(view.locale && { locale: view.locale }),
    ...(view.theme && { theme: view.theme }),
    ...(restored.kind === 'loaded' && { scenario: restored.scenario }),
    ...(opened.kind === 'ok' && { scenario: opened.scenario }),
    ...(bench && { scenario: bench }),
  })
  // An example has no view or inputs to apply: only a link does. A link to a lesson step opens on that step: the
  // lessons (not in the first frame otherwise) come first.
  if (opened.kind === 'ok' && opened.source === 'link') {
    const validator = await loadValidator()
    await validator.lessonsForView(opened.view)
    validator.applyShareView(store, opened.inputs, opened.view)
  }
  // A comparison in progress before the reload comes back with the autosaved document it belongs to (#19).
  const comparisonSetAside =
    opened.kind !== 'ok' && bench === null && restored.kind === 'loaded' && hasSavedComparison(localStorageOrNull())
      ? (await loadValidator()).restoreComparisonAtStartup(store)
      : null
  // …at the moment it was at (the document's or the comparison's playhead).
  if (opened.kind !== 'ok' && bench === null && restored.kind === 'loaded') restorePlayheadAtStartup(store)
  // A first visit with nothing to show opens the start page (lessons, examples, empty canvas); once dismissed, or once
  // there is work, it waits for the header's Learn / Examples. Never over a link's scenario.
  const fromLink = opened.kind !== 'none' || bench !== null
  if (
    showStartAtLaunch({
      fromLink,
      restored: restored.kind === 'loaded' ? restored.scenario : null,
      storage: safeStorage(),
    })
  )
    store.getState().openStart('lessons')

  createRoot(root).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <PersistenceProvider
          restored={restored}
          autosave={autosave}
          {...(opened.kind === 'error' && { linkError: opened.error })}
        >
          <PanelBoundary area="app">
            <App />
          </PanelBoundary>
          {keptAsideKey !== null ? <KeptAsideNotice storageKey={keptAsideKey} /> : null}
          {comparisonSetAside !== null ? (
            <ComparisonSetAsideNotice storageKey={comparisonSetAside.setAsideKey} issues={comparisonSetAside.issues} />
          ) : null}
        </PersistenceProvider>
      </AppStoreProvider>
    </StrictMode>,
  )
  loadEnglishAfterPaint()
}

// A link pasted into the address bar of an open tab changes only the hash: open it as a page load would.
window.addEventListener('hashchange', () => {
  if (/(^|[#&])s=/.test(location.hash)) location.reload()
})

// Offline after the first visit: the service worker precaches the build (scripts/sw-plugin.ts). Production only.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  void navigator.serviceWorker.register('/sw.js').catch(() => undefined)

void start()
