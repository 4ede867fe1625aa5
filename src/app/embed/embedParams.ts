/**
 * The embed page's query parameters (the scenario itself is in the hash, as in a share link). Unknown or malformed
 * values fall back to the default: an embed on someone's docs page must still show something. Pure.
 */
import { UI_LOCALES, type UiLocale } from '../../store/uiSlice'

export type EmbedThemeParam = 'auto' | 'light' | 'dark'
export type EmbedControlsParam = 'full' | 'minimal' | 'none'

export interface EmbedParams {
  lang: UiLocale | null
  theme: EmbedThemeParam
  autoplay: boolean
  speed: number | null
  controls: EmbedControlsParam
  /** Playhead at start, ms. */
  startMs: number | null
  /** A guided lesson (its id) and its step, counted from 1 as the player shows it: opened at start (applyShare.ts). */
  lesson: string | null
  step: number | null
  /** A node id to select (and frame) at start. */
  focus: string | null
  /** `click`: show a static picture and load the interactive embed on click (pages with many embeds). */
  load: 'auto' | 'click'
  /** Origins allowed to drive the embed with postMessage (comma-separated `origins=`); empty = any. */
  origins: string[]
}

const oneOf = <T extends string>(v: string | null, allowed: readonly T[], fallback: T): T =>
  v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback
const num = (v: string | null, min: number, max: number): number | null => {
  if (v === null || !/^\d{1,10}(\.\d{1,3})?$/.test(v)) return null
  const n = Number(v)
  return n >= min && n <= max ? n : null
}
const id = (v: string | null, pattern: RegExp) => (v !== null && pattern.test(v) ? v : null)

export function embedParams(search: string): EmbedParams {
  const p = new URLSearchParams(search)
  const lang = p.get('lang')
  const step = num(p.get('step'), 0, 999)
  return {
    lang: lang !== null && (UI_LOCALES as readonly string[]).includes(lang) ? (lang as UiLocale) : null,
    theme: oneOf(p.get('theme'), ['auto', 'light', 'dark'] as const, 'auto'),
    autoplay: p.get('autoplay') === '1' || p.get('autoplay') === 'true',
    speed: num(p.get('speed'), 1, 10_000),
    controls: oneOf(p.get('controls'), ['full', 'minimal', 'none'] as const, 'full'),
    startMs: num(p.get('start'), 0, 2 ** 32 - 1),
    lesson: id(p.get('lesson'), /^[a-z0-9-]{1,80}$/),
    step: step === null ? null : Math.floor(step),
    focus: id(p.get('focus'), /^[A-Za-z0-9_.:-]{1,100}$/),
    load: p.get('load') === 'click' ? 'click' : 'auto',
    origins: (p.get('origins') ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => /^https?:\/\/[^/\s]+$/.test(o)),
  }
}
