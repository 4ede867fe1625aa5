/**
 * The embed page (embed.html): a scenario from the hash (`#s=1.…`, as in a share link) or `?example=`, shown read-only
 * with its playback bar. Reads and writes no storage, asks no confirmation; driven by the postMessage API (bridge.ts).
 * What this module imports is the first frame (firstFrame/): React, i18next with a few strings, the static picture.
 * The canvas, the simulator and the schema come after it is painted (live.ts; docs/performance.md).
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '../theme.css'
// The canvas's stylesheet (CSS, no JS): the first frame's pane takes the canvas's fit room (--fit-*) from it.
import '../../canvas/canvas.css'
import './embed.css'
import './firstFrame/firstFrame.css'
import { initEmbedI18n } from '../../i18n/embedFirstFrame'
import { embedParams } from './embedParams'
import { EmbedBoot } from './firstFrame/EmbedBoot'
import { peekOpening } from './firstFrame/peek'

const media = (q: string) => typeof matchMedia === 'function' && matchMedia(q).matches

async function start() {
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from embed.html')
  const params = embedParams(location.search)
  const peek = await peekOpening(location.search, location.hash)
  const locale = params.lang ?? peek?.locale ?? (navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en')
  const theme = params.theme === 'auto' ? (media('(prefers-color-scheme: dark)') ? 'dark' : 'light') : params.theme
  await initEmbedI18n(locale)
  // The first frame already wears the theme and language the interactive embed keeps (useDocumentSync).
  document.documentElement.dataset.theme = theme
  document.documentElement.style.colorScheme = theme
  document.documentElement.lang = locale
  const app = new URL('./', location.href)
  app.search = ''
  // The full editor opens the same link: the same scenario, inputs and view.
  const appHref = `${app.toString().replace(/#.*$/, '')}${location.hash}`
  createRoot(root).render(
    <StrictMode>
      <EmbedBoot
        doc={peek?.doc ?? null}
        params={params}
        locale={locale}
        theme={theme}
        appHref={appHref}
        reducedMotion={media('(prefers-reduced-motion: reduce)')}
      />
    </StrictMode>,
  )
}

void start()
