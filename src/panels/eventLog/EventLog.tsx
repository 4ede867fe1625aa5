import { useEffect, useMemo, useRef, useState, type UIEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ResolvedScenario } from '../../model'
import type { SimResult } from '../../sim'
import { formatSimTime } from '../formatSimTime'
import { docUrlOf, ruleLangOf } from '../narration/docLinks'
import type { LogKind } from '../narration/narrate'
import { translatorOf } from '../narration/translate'
import { filterLines, transcriptText, type LogFilter } from './buildLogLines'
import { useLogAnnouncer } from './useLogAnnouncer'
import { sharedLogBuilder, useNarration } from './useNarration'
import './eventLog.css'

export interface EventLogProps {
  result: SimResult
  scenario?: ResolvedScenario
  nowMs: number
  selectedEventId: string | null
  onSelect: (eventId: string | null) => void
}

/** Row height in px: fixed, so only the rows in view are rendered (10,000 lines stay smooth). */
export const ROW_PX = 44
const OVERSCAN = 8
const KINDS: readonly (LogKind | 'all')[] = ['all', 'error', 'retry', 'dlq', 'lost']

/** The narrated trace up to the playback position: filterable, selectable, announced politely, downloadable. */
export function EventLog({ result, scenario, nowMs, selectedEventId, onSelect }: EventLogProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const tr = useMemo(() => translatorOf(i18n, lang), [i18n, lang])
  const builder = useMemo(() => sharedLogBuilder(result, scenario, lang, tr), [result, scenario, lang, tr])
  // Narrates only what is new since the last render (idempotent: the same nowMs gives the same lines), in steps.
  const count = useNarration(builder, nowMs)
  const lines = builder.lines
  const [filter, setFilter] = useState<LogFilter>({ nodeId: null, kind: null })
  const shown = useMemo(() => filterLines(lines, count, filter), [lines, count, filter])

  const viewport = useRef<HTMLDivElement>(null)
  const [scroll, setScroll] = useState({ top: 0, height: 400 })
  const follow = useRef(true)
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget
    follow.current = el.scrollTop + el.clientHeight >= el.scrollHeight - ROW_PX
    setScroll({ top: el.scrollTop, height: el.clientHeight || 400 })
  }
  useEffect(() => {
    const el = viewport.current
    if (el && follow.current) el.scrollTop = el.scrollHeight
  }, [shown.length])
  useEffect(() => {
    const el = viewport.current
    if (!el) return
    // jsdom and hidden panels measure 0: assume a screenful until a real size comes.
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight || 400 })
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])

  const first = Math.max(0, Math.floor(scroll.top / ROW_PX) - OVERSCAN)
  const last = Math.min(shown.length, Math.ceil((scroll.top + scroll.height) / ROW_PX) + OVERSCAN)
  const announcement = useLogAnnouncer(lines, count, (n, latest) =>
    n === 1 ? t('log.announceOne', { text: latest.text }) : t('log.announce', { count: n, text: latest.text }),
  )

  const download = () => {
    const blob = new Blob([transcriptText(lines.slice(0, count), formatSimTime)], { type: 'text/plain;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = t('log.transcriptName')
    document.body.append(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }

  const nodes = scenario?.nodes ?? []
  return (
    <div className="event-log">
      <div className="event-log__tools">
        <label className="field-inline">
          <span className="field-inline__label">{t('log.filterNode')}</span>
          <select
            className="select"
            aria-label={t('log.filterNode')}
            value={filter.nodeId ?? ''}
            onChange={(e) => setFilter({ ...filter, nodeId: e.target.value || null })}
          >
            <option value="">{t('log.allNodes')}</option>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          <span className="field-inline__label">{t('log.filterKind')}</span>
          <select
            className="select"
            aria-label={t('log.filterKind')}
            value={filter.kind ?? 'all'}
            onChange={(e) =>
              setFilter({ ...filter, kind: e.target.value === 'all' ? null : (e.target.value as LogKind) })
            }
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`log.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="event-log__count" aria-live="off">
          {t('log.count', { shown: shown.length, total: count })}
        </span>
        <button type="button" className="button" onClick={download} disabled={count === 0}>
          {t('log.download')}
        </button>
      </div>
      <div
        ref={viewport}
        className="event-log__viewport"
        onScroll={onScroll}
        tabIndex={0}
        role="region"
        aria-label={t('log.label')}
      >
        {shown.length === 0 ? (
          <p className="event-log__empty">{count === 0 ? t('log.empty') : t('log.noMatch')}</p>
        ) : (
          <ol className="event-log__list" style={{ height: shown.length * ROW_PX }}>
            {shown.slice(first, last).map((l, i) => {
              const selected = l.eventId !== null && l.eventId === selectedEventId
              return (
                <li
                  key={l.id}
                  className={
                    `event-log__row${selected ? ' is-selected' : ''}` + (l.kinds.length ? ` is-${l.kinds[0]}` : '')
                  }
                  style={{ top: (first + i) * ROW_PX, height: ROW_PX }}
                  aria-setsize={shown.length}
                  aria-posinset={first + i + 1}
                  data-log-event={l.eventId ?? undefined}
                >
                  <span className="event-log__mark" aria-hidden="true" />
                  <button
                    type="button"
                    className="event-log__line"
                    aria-pressed={selected}
                    disabled={l.eventId === null}
                    title={l.text}
                    onClick={() => onSelect(selected ? null : l.eventId)}
                  >
                    <span className="event-log__time">{formatSimTime(l.atMs)}</span>{' '}
                    <span className="event-log__text">{l.text}</span>
                  </button>
                  {l.docUrl && (
                    <a
                      className="event-log__doc"
                      href={docUrlOf(l.ref, ruleLangOf(lang)) ?? l.docUrl}
                      target="_blank"
                      rel="noreferrer noopener"
                      aria-label={t('log.docLink', { ref: l.ref })}
                    >
                      {l.ref}
                    </a>
                  )}
                </li>
              )
            })}
          </ol>
        )}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  )
}
