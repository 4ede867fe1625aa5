import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { selectPlaybackRun, selectPositionMs } from '../../store/playback/selectors'
import { useAppStore } from '../../store/useAppStore'
import { useLogAnnouncer } from '../eventLog/useLogAnnouncer'
import { sharedLogBuilder, useNarration } from '../eventLog/useNarration'
import { formatSimTime } from '../formatSimTime'
import { translatorOf } from '../narration/translate'
import { RuleRef } from '../rules/RuleRef'
import './caption.css'

const KEY = 'lambdascope.captions.v1'
const storedOn = () => {
  try {
    return localStorage.getItem(KEY) !== 'off'
  } catch {
    return true
  }
}
const store = (on: boolean) => {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off')
  } catch {
    // storage blocked: the choice lasts this visit
  }
}

/** The log line's text without its trailing "(§x)" (the mark is drawn as a link to the rule instead). */
function withoutRef(text: string, ref: string): string {
  for (const tail of [` (${ref})`, `（${ref}）`]) if (text.endsWith(tail)) return text.slice(0, -tail.length)
  return text
}

/**
 * Captions over the canvas: the latest transition in one sentence with its rule, the § opening the rule's text in
 * place (RuleRef). Same narration as the event log (one LogBuilder per run and language). Announced politely at most
 * every 2 s; no motion (the text swaps); hidden and shown again by the user (remembered, unless `remember` is false:
 * an embed reads and writes no storage, so there it starts shown and the choice lasts the visit).
 */
export function CaptionStrip({ remember = true }: { remember?: boolean } = {}) {
  const { t, i18n } = useTranslation()
  const run = useAppStore(selectPlaybackRun)
  const nowMs = useAppStore(selectPositionMs)
  const [on, setOn] = useState(() => (remember ? storedOn() : true))
  const lang = i18n.language
  const tr = useMemo(() => translatorOf(i18n, lang), [i18n, lang])
  const builder = useMemo(() => (run.ok ? sharedLogBuilder(run.result, run.resolved, lang, tr) : null), [run, lang, tr])
  const count = useNarration(builder, nowMs)
  const lines = builder?.lines ?? []
  const line = count > 0 ? lines[count - 1] : undefined
  const announcement = useLogAnnouncer(lines, on ? count : 0, (_n, latest) => latest.text)
  const toggle = (next: boolean) => {
    setOn(next)
    if (remember) store(next)
  }
  if (!builder) return null
  if (!on)
    return (
      <button
        type="button"
        className="button button--small caption-toggle"
        onClick={() => toggle(true)}
        data-testid="captions-show"
      >
        {t('caption.show')}
      </button>
    )
  return (
    <div className="caption" data-testid="caption-strip" role="region" aria-label={t('caption.label')}>
      <p className="caption__line">
        {line ? (
          <>
            <span className="caption__time">{formatSimTime(line.atMs)}</span>{' '}
            <span className="caption__text">{withoutRef(line.text, line.ref)}</span> <RuleRef refMark={line.ref} />
          </>
        ) : (
          <span className="caption__text caption__text--idle">{t('caption.idle')}</span>
        )}
      </p>
      <button
        type="button"
        className="button button--icon caption__hide"
        onClick={() => toggle(false)}
        title={t('caption.hide')}
      >
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{t('caption.hide')}</span>
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}
