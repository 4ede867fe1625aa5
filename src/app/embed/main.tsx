/**
 * The embed page (embed.html): a scenario from the hash (`#s=1.…`, as in a share link) or `?example=`, shown read-only
 * with its playback bar. Reads and writes no storage, asks no confirmation; driven by the postMessage API (bridge.ts).
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import '../theme.css'
import './embed.css'
import { initI18n, loadEnglishAfterPaint, setLanguage } from '../../i18n'
import { emptyScenario } from '../../store/scenarioDefaults'
import { readUrl } from '../share/openFromUrl'
import { embedParams } from './embedParams'
import { EmbedRoot } from './EmbedRoot'

const media = (q: string) => typeof matchMedia === 'function' && matchMedia(q).matches

async function start() {
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from embed.html')
  const params = embedParams(location.search)
  const opened = await readUrl(location.search, location.hash)
  const locale =
    params.lang ??
    (opened.kind === 'ok' ? opened.view.locale : undefined) ??
    (navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en')
  const theme = params.theme === 'auto' ? (media('(prefers-color-scheme: dark)') ? 'dark' : 'light') : params.theme
  initI18n(locale)
  await setLanguage(locale)
  const app = new URL('./', location.href)
  app.search = ''
  // The full editor opens the same link: the same scenario, inputs and view.
  const appHref = `${app.toString().replace(/#.*$/, '')}${location.hash}`
  const scenario = opened.kind === 'ok' ? opened.scenario : emptyScenario()
  const issues = opened.kind === 'error' ? opened.error.issues : []
  createRoot(root).render(
    <StrictMode>
      <EmbedRoot
        params={params}
        scenario={scenario}
        issues={[...issues]}
        appHref={appHref}
        locale={locale}
        theme={theme}
        view={opened.kind === 'ok' ? opened.view : {}}
        inputs={opened.kind === 'ok' ? opened.inputs : []}
      />
    </StrictMode>,
  )
  loadEnglishAfterPaint()
}

void start()
