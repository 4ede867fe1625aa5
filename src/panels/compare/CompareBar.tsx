import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MetricDiff, MetricKey } from '../../sim/views'
import { compareFigures, forkInfoOf, type ForkInfo } from '../../store/forkRun'
import { forkEdited, originalRunOf } from '../../store/forkSlice'
import { selectPlaybackRun } from '../../store/playback/selectors'
import type { AppStore } from '../../store/createAppStore'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { formatSimTime } from '../formatSimTime'
import { formatDuration } from '../narration/formatDuration'
import { translatorOf } from '../narration/translate'
import './compare.css'

const selectCompare = (s: AppStore) => s.compare
const selectOriginalRun = (s: AppStore) => originalRunOf(s)
const selectEdited = (s: AppStore) => forkEdited(s)
const selectForkInfo = (s: AppStore): ForkInfo | null =>
  s.compare === null ? null : forkInfoOf(s.compare, s.scenario, s.injected)
const selectEra = (s: AppStore) => s.scenario.era

const TIMES: ReadonlySet<MetricKey> = new Set(['p50LatencyMs', 'p99LatencyMs', 'maxIteratorAgeMs'])

/**
 * One run's row of the diff strip: every figure, the riskier of the two marked by colour AND a ▲ (with words for
 * readers).
 */
function RunRow({
  side,
  name,
  diff,
  format,
}: {
  side: 'a' | 'b'
  name: string
  diff: readonly MetricDiff[]
  format: (key: MetricKey, v: number | null) => string
}) {
  const { t } = useTranslation()
  return (
    <tr data-side={side === 'a' ? 'original' : 'fork'}>
      <th scope="row">{name}</th>
      {diff.map((d) => {
        const risky = d.riskier === side
        return (
          <td
            key={d.key}
            data-metric={d.key}
            data-riskier={risky ? 'yes' : 'no'}
            className={risky ? 'compare__cell compare__cell--risk' : 'compare__cell'}
          >
            {format(d.key, d[side])}
            {risky && (
              <span className="compare__risk" title={t('fork.riskierLabel', { side: name })}>
                <span aria-hidden="true">▲</span>
                <span className="visually-hidden">{t('fork.riskier')}</span>
              </span>
            )}
          </td>
        )
      })}
    </tr>
  )
}

/**
 * Leaving: keep the fork, or keep the original — which asks first when the fork has edits (undo still brings them
 * back).
 */
function LeaveButtons({ sides }: { sides: [string, string] }) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const edited = useAppStore(selectEdited)
  const [confirming, setConfirming] = useState(false)
  const [said, setSaid] = useState('')
  const leave = (keep: 'fork' | 'original') => {
    store.getState().leaveComparison(keep)
    setSaid(t('fork.left', { side: keep === 'fork' ? sides[1] : sides[0] }))
  }
  return (
    <div className="compare__leave">
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {confirming ? (
        <>
          <span className="compare__confirm" role="alert">
            {t('fork.confirmDiscard')}
          </span>
          <button type="button" className="button button--small button--danger" onClick={() => leave('original')}>
            {t('fork.discard')}
          </button>
          <button type="button" className="button button--small" autoFocus onClick={() => setConfirming(false)}>
            {t('fork.cancel')}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button button--small button--primary" onClick={() => leave('fork')}>
            {t('fork.keepFork')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => (edited ? setConfirming(true) : leave('original'))}
          >
            {t('fork.keepOriginal')}
          </button>
        </>
      )}
    </div>
  )
}

/**
 * The comparison's strip (#19): what is compared and from when, why a fork starts at 0 if it must, the figures of
 * both whole runs side by side (sim/views/compare: the same numbers the CLI's --compare prints) with the riskier one
 * marked, and the ways out (not in an embed: `embedded`, nothing there is kept). Shown only while comparing.
 */
export function CompareBar({ embedded = false }: { embedded?: boolean }) {
  const { t, i18n } = useTranslation()
  const tr = translatorOf(i18n, i18n.language)
  const compare = useAppStore(selectCompare)
  const info = useAppStore(selectForkInfo)
  const forkRun = useAppStore(selectPlaybackRun)
  const originalRun = useAppStore(selectOriginalRun)
  const era = useAppStore(selectEra)
  // The figures start open where there is room; on a small screen (an embed) their one-line summary leaves the canvases
  // room.
  const [roomy] = useState(
    () => typeof matchMedia !== 'function' || matchMedia('(min-width: 761px) and (min-height: 560px)').matches,
  )
  if (compare === null || info === null || originalRun === null) return null
  const eraName = (e: string) => (e === '2018' ? t('fork.era2018') : t('fork.eraCurrent'))
  const sides: [string, string] =
    compare.kind === 'eras' ? [eraName(compare.original.era), eraName(era)] : [t('fork.original'), t('fork.whatIf')]
  const figures = compareFigures(originalRun, forkRun)
  const broken = !originalRun.ok ? originalRun : !forkRun.ok ? forkRun : null
  const firstIssue =
    broken !== null && !broken.ok ? (broken.issues.find((i) => i.severity === 'error') ?? broken.issues[0]) : undefined
  const format = (key: MetricKey, v: number | null) =>
    v === null ? t('fork.none') : TIMES.has(key) ? formatDuration(v, tr) : String(v)
  const title =
    compare.kind === 'eras'
      ? t('fork.titleEras', { a: sides[0], b: sides[1] })
      : t('fork.titleFork', { time: formatSimTime(compare.atMs) })
  const blockers = info.blockers.map((b) => t(`fork.blocker.${b.code}`, { target: b.target ?? '', key: b.key ?? '' }))
  const summary = (side: 'original' | 'fork', name: string) =>
    figures === null
      ? ''
      : t('fork.summary', {
          side: name,
          lost: figures[side].lost,
          dlq: figures[side].inDlq,
          age: formatDuration(figures[side].maxIteratorAgeMs, tr),
        })
  return (
    <section className="compare" aria-label={t('fork.region')} data-testid="compare-bar">
      <div className="compare__head">
        <h2 className="compare__title">{title}</h2>
        {!embedded && <LeaveButtons sides={sides} />}
      </div>
      <p className="compare__explain">
        {compare.kind === 'eras'
          ? t('fork.explainEras')
          : t(embedded ? 'fork.explainForkEmbed' : 'fork.explainFork', { time: formatSimTime(compare.atMs) })}
        {compare.kind === 'fork' && compare.atMs > 0 && info.effectiveMs === 0 && blockers.length > 0 && (
          <strong className="compare__warn" data-testid="fork-starts-at-zero">
            {' '}
            {t('fork.startsAtZero', { what: blockers.slice(0, 3).join('; ') })}
          </strong>
        )}
      </p>
      {firstIssue !== undefined && (
        <p className="compare__warn" role="status">
          {t('fork.cannotRun', { message: `${firstIssue.path}: ${firstIssue.message}` })}
        </p>
      )}
      {figures !== null && (
        <details className="compare__details" open={roomy}>
          <summary className="compare__summary">
            <span className="compare__summary-label">{t('fork.figures')}</span>{' '}
            {figures.diff
              .filter((d) => d.riskier !== null)
              .map((d) => {
                const side = (v: number | null, s: 'a' | 'b') => `${format(d.key, v)}${d.riskier === s ? ' ▲' : ''}`
                return `${t(`fork.metric.${d.key}`)} ${side(d.a, 'a')} / ${side(d.b, 'b')}`
              })
              .join(' · ') || t('fork.noRiskDifference')}
          </summary>
          <div className="compare__scroll" tabIndex={0} role="group" aria-label={t('fork.diffCaption')}>
            <table className="compare__table" data-testid="diff-strip">
              <caption className="visually-hidden">{t('fork.diffCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fork.figure')}</th>
                  {figures.diff.map((d) => (
                    <th key={d.key} scope="col">
                      {t(`fork.metric.${d.key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <RunRow side="a" name={sides[0]} diff={figures.diff} format={format} />
                <RunRow side="b" name={sides[1]} diff={figures.diff} format={format} />
              </tbody>
            </table>
            <p className="compare__legend">
              <span aria-hidden="true">▲</span> {t('fork.riskier')}
            </p>
          </div>
        </details>
      )}
      <p className="visually-hidden" aria-live="polite">
        {summary('original', sides[0])} {summary('fork', sides[1])}
      </p>
    </section>
  )
}
