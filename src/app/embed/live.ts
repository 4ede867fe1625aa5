/**
 * The interactive embed, loaded once the first frame is painted (firstFrame/EmbedBoot.tsx): the link or example read
 * and validated (share/openFromUrl.ts: the schema, the model), the rest of English, the lessons when one is asked for,
 * the run's code (the embed plays at once: autoplay, Play pressed in the first frame, a start time) and EmbedRoot with
 * the canvas and the playback bar.
 */
import type { ComponentProps } from 'react'
import '@xyflow/react/dist/style.css'
import { loadEnglish, setLanguage } from '../../i18n'
import { emptyScenario } from '../../store/scenarioDefaults'
import { loadRunEngine } from '../../store/playback/engineLoader'
import { readUrl } from '../share/openFromUrl'
import { lessonsForView } from '../share/applyShare'
import type { EmbedParams } from './embedParams'
import { EmbedRoot } from './EmbedRoot'

export { EmbedRoot }
export type LiveProps = Omit<ComponentProps<typeof EmbedRoot>, 'playNow'>

export async function openLive(
  search: string,
  hash: string,
  params: EmbedParams,
  locale: 'en' | 'ja',
  theme: 'light' | 'dark',
  appHref: string,
): Promise<LiveProps> {
  // The rest of the strings: English (every page falls back to nothing else) and the embed's language.
  const [opened] = await Promise.all([
    readUrl(search, hash),
    loadEnglish(),
    setLanguage(locale),
    lessonsForView(params.lesson !== null ? { lesson: params.lesson } : {}),
    loadRunEngine(),
  ])
  // A lesson the link names (the embed's own `lesson` wins, and is loaded above).
  if (opened.kind === 'ok' && params.lesson === null) await lessonsForView(opened.view)
  return {
    params,
    scenario: opened.kind === 'ok' ? opened.scenario : emptyScenario(),
    issues: opened.kind === 'error' ? [...opened.error.issues] : [],
    appHref,
    locale,
    theme,
    view: opened.kind === 'ok' ? opened.view : {},
    inputs: opened.kind === 'ok' ? opened.inputs : [],
  }
}
