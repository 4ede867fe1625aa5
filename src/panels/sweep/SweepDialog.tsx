import { useCallback, useEffect, useId, useMemo, useRef, useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { parseScenario, resolveScenario, type ResolvedScenario, type Scenario } from '../../model'
import { METRIC_KEYS, type MetricKey } from '../../sim/views'
import type { AppStore } from '../../store/createAppStore'
import { MAX_SWEEP_POINTS, settingId, sweepSettingsOf, sweepValues, type SweepSetting } from '../../store/sweepSettings'
import { useAppStore } from '../../store/useAppStore'
import type { SweepPoint } from '../../store/sweepRun'
import { SweepChart } from './SweepChart'
import { SweepProgress } from './SweepProgress'
import { SweepTable } from './SweepTable'
import { formatNumber } from './format'
import { useSweep } from './useSweep'
import './sweep.css'

const selectScenario = (s: AppStore) => s.scenario
const selectSelection = (s: AppStore) => s.selection
/** Figures charted (events is the same at every value unless the setting adds traffic: the table keeps it). */
const CHARTED: readonly MetricKey[] = METRIC_KEYS.filter((k) => k !== 'events')

function resolvedOf(doc: Scenario): ResolvedScenario | null {
  const p = parseScenario(doc)
  return p.ok ? resolveScenario(p.scenario) : null
}

/** Where a sweep starts: from the lowest value the model accepts to the value used now (or a few steps above). */
function defaultRange(s: SweepSetting): { from: number; to: number; points: number } {
  const from = s.min
  const to = s.current !== null && s.current > s.min ? s.current : Math.min(s.max, Math.max(s.min + 10, s.min * 4))
  return { from, to, points: Math.min(20, to - from + 1) }
}

const isWhole = (text: string, min: number, max: number) =>
  /^-?\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max

/**
 * "Sweep a setting": pick a numeric setting of the document, a range and a number of points; each point is a full run
 * in a worker; the figures are charted against the setting as they arrive, with a table of the same numbers.
 * Escape or Cancel stops a running sweep (Escape again closes).
 */
export default function SweepDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const ids = { from: useId(), to: useId(), points: useId(), hint: useId() }
  const doc = useAppStore(selectScenario)
  const selection = useAppStore(selectSelection)
  // Parsed once per document (not per render).
  const resolved = useMemo(() => resolvedOf(doc), [doc])
  const settings = useMemo(() => (resolved ? sweepSettingsOf(resolved) : []), [resolved])
  // The first choice follows the selection (or a batch size); later selections do not move the form.
  const [initial] = useState(() => {
    const selected = new Set([...selection.nodeIds, ...selection.edgeIds])
    return (
      settings.find((s) => selected.has(s.target.id)) ??
      settings.find((s) => s.key === 'batchSize') ??
      settings[0] ??
      null
    )
  })
  const [chosenId, setChosenId] = useState(initial ? settingId(initial) : '')
  const setting = settings.find((s) => settingId(s) === chosenId) ?? null
  const range = setting ? defaultRange(setting) : { from: 0, to: 0, points: 1 }
  const [from, setFrom] = useState(String(range.from))
  const [to, setTo] = useState(String(range.to))
  const [points, setPoints] = useState(String(range.points))
  const { state, feed, start, cancel } = useSweep()
  // The table is built only while open (a hundred rows re-rendered with every batch of points otherwise).
  const [tableOpen, setTableOpen] = useState(false)
  const [ran, setRan] = useState<{ setting: SweepSetting; from: number; to: number } | null>(null)

  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])

  const choose = (id: string) => {
    setChosenId(id)
    const s = settings.find((x) => settingId(x) === id)
    if (s) {
      const r = defaultRange(s)
      setFrom(String(r.from))
      setTo(String(r.to))
      setPoints(String(r.points))
    }
  }

  const nameOf = (s: SweepSetting) => t(`sweep.settings.${s.key}`)
  const targetOf = (s: SweepSetting) => {
    if (s.target.kind === 'node') return doc.nodes.find((n) => n.id === s.target.id)?.label ?? s.target.id
    const e = resolved?.edgeById.get(s.target.id)
    const label = (id: string) => doc.nodes.find((n) => n.id === id)?.label ?? id
    return e ? `${label(e.from)} → ${label(e.to)}` : s.target.id
  }
  const unitOf = (s: SweepSetting) => t(`sweep.units.${s.unit}`)
  const axisOf = (s: SweepSetting) =>
    s.unit === 'count' ? nameOf(s) : t('sweep.axisX', { setting: nameOf(s), unit: unitOf(s) })

  const fromOk = setting !== null && isWhole(from, setting.min, setting.max)
  const toOk = setting !== null && isWhole(to, setting.min, setting.max)
  const pointsOk = isWhole(points, 1, MAX_SWEEP_POINTS)
  const running = state.status === 'running'

  const run = (e: SyntheticEvent) => {
    e.preventDefault()
    if (!setting || !fromOk || !toOk || !pointsOk || running) return
    const lo = Math.min(Number(from), Number(to))
    const hi = Math.max(Number(from), Number(to))
    setRan({ setting, from: lo, to: hi })
    start(doc, setting, sweepValues(lo, hi, Number(points)))
  }

  const onCancel = (e: SyntheticEvent) => {
    // Escape stops a running sweep first; the next Escape closes.
    if (running) {
      e.preventDefault()
      cancel()
    } else onClose()
  }

  const shown = ran ?? null
  const settingLabel = shown ? axisOf(shown.setting) : ''
  const status =
    state.status === 'running' && shown
      ? t('sweep.started', { total: state.values.length, setting: nameOf(shown.setting) })
      : state.status === 'done' && shown
        ? t('sweep.finished', { total: state.values.length, setting: nameOf(shown.setting) })
        : state.status === 'cancelled'
          ? t('sweep.cancelled', { done: state.done, total: state.values.length })
          : state.status === 'failed'
            ? t('sweep.failed', { message: state.message ?? '' })
            : ''

  // Stable for the sweep: the charts call it with each batch of points (their sentence for screen readers).
  const chartLabel = useCallback(
    (m: MetricKey, points: readonly (SweepPoint | null)[]) => {
      const got = points.flatMap((p) => (p?.ok && p.metrics[m] !== null ? [{ v: p.value, y: p.metrics[m] }] : []))
      const metric = t(`sweep.metrics.${m}`)
      if (got.length === 0)
        return t('sweep.chartLabel', { metric, setting: settingLabel, summary: t('sweep.chartEmpty') })
      const top = got.reduce((a, b) => (b.y > a.y ? b : a))
      const n = formatNumber
      const summary = t('sweep.chartSummary', {
        first: n(got[0]!.y),
        firstValue: n(got[0]!.v),
        last: n(got[got.length - 1]!.y),
        lastValue: n(got[got.length - 1]!.v),
        max: n(top.y),
        maxValue: n(top.v),
      })
      return t('sweep.chartLabel', { metric, setting: settingLabel, summary })
    },
    [t, settingLabel],
  )

  // The form changes only with its own fields: kept as the same element, React skips it when a sweep starts or ends.
  const form = useMemo(
    () =>
      settings.length === 0 || setting === null ? (
        <p role="alert">{t('sweep.none')}</p>
      ) : (
        <form className="sweep-form" onSubmit={run}>
          <label className="sweep-form__field sweep-form__field--wide">
            <span className="sweep-form__label">{t('sweep.setting')}</span>
            <select
              className="select"
              value={chosenId}
              disabled={running}
              onChange={(e) => choose(e.target.value)}
              aria-describedby={ids.hint}
            >
              {settings.map((s) => (
                <option key={settingId(s)} value={settingId(s)}>
                  {t('sweep.settingOption', { setting: nameOf(s), target: targetOf(s) })}
                </option>
              ))}
            </select>
            <span id={ids.hint} className="sweep-form__hint">
              {setting.current === null
                ? t('sweep.allowedNoCurrent', {
                    min: formatNumber(setting.min),
                    max: formatNumber(setting.max),
                    unit: unitOf(setting),
                  })
                : t('sweep.allowed', {
                    min: formatNumber(setting.min),
                    max: formatNumber(setting.max),
                    unit: unitOf(setting),
                    current: formatNumber(setting.current),
                  })}
            </span>
          </label>
          {(
            [
              ['from', from, setFrom, fromOk, t('sweep.outOfRange', { min: setting.min, max: setting.max })],
              ['to', to, setTo, toOk, t('sweep.outOfRange', { min: setting.min, max: setting.max })],
              ['points', points, setPoints, pointsOk, t('sweep.pointsRange', { max: MAX_SWEEP_POINTS })],
            ] as const
          ).map(([key, value, set, ok, error]) => (
            <label key={key} className="sweep-form__field" htmlFor={ids[key]}>
              <span className="sweep-form__label">{t(`sweep.${key}`)}</span>
              <input
                id={ids[key]}
                className="input sweep-form__number"
                inputMode="numeric"
                value={value}
                disabled={running}
                aria-invalid={!ok}
                aria-describedby={ok ? undefined : `${ids[key]}-error`}
                onChange={(e) => set(e.target.value)}
              />
              {!ok && (
                <span id={`${ids[key]}-error`} className="sweep-form__error">
                  {error}
                </span>
              )}
            </label>
          ))}
          <div className="sweep-form__actions">
            {running ? (
              <button type="button" className="button" onClick={cancel} title={t('sweep.cancelHint')}>
                {t('sweep.cancel')}
              </button>
            ) : (
              <button type="submit" className="button button--primary" disabled={!fromOk || !toOk || !pointsOk}>
                {t('sweep.run')}
              </button>
            )}
          </div>
        </form>
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `run`, `choose` and the labels follow these values
    [settings, setting, chosenId, from, to, points, running, fromOk, toOk, pointsOk, doc, t, ids.hint],
  )

  return (
    <dialog ref={ref} className="sweep-dialog" aria-labelledby={titleId} onCancel={onCancel} onClose={onClose}>
      <div className="sweep-dialog__content">
        <div className="sweep-dialog__head">
          <h2 id={titleId} className="sweep-dialog__title">
            {t('sweep.title')}
          </h2>
          <button type="button" className="button button--icon" onClick={onClose}>
            <span aria-hidden="true">✕</span>
            <span className="visually-hidden">{t('sweep.close')}</span>
          </button>
        </div>
        <div className="sweep-dialog__body">
          <p className="sweep-dialog__intro">{t('sweep.intro')}</p>
          {form}
          <p className="sweep-dialog__status" role="status">
            {status}
          </p>
          {state.values.length > 0 && shown && (
            <>
              <SweepProgress
                feed={feed}
                status={state.status}
                total={state.values.length}
                settingName={nameOf(shown.setting)}
              />
              <h3 className="sweep-dialog__charts-title">{t('sweep.charts', { setting: settingLabel })}</h3>
              <p className="sweep-dialog__note">{t('sweep.riskHint')}</p>
              <div className="sweep-charts">
                {CHARTED.map((m) => (
                  <SweepChart
                    key={m}
                    metric={m}
                    title={t(`sweep.metrics.${m}`)}
                    axisLabel={settingLabel}
                    feed={feed}
                    from={shown.from}
                    to={shown.to}
                    describe={chartLabel}
                  />
                ))}
              </div>
              <details className="sweep-dialog__table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
                <summary>{t('sweep.table')}</summary>
                {tableOpen && (
                  <SweepTable settingLabel={settingLabel} metrics={METRIC_KEYS} values={state.values} feed={feed} />
                )}
              </details>
            </>
          )}
        </div>
      </div>
    </dialog>
  )
}
