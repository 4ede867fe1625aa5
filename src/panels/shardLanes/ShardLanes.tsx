import { useTranslation } from 'react-i18next'
import type { ResolvedScenario } from '../../model'
import type { SimResult } from '../../sim'
import { shardLanesAt } from '../../sim/views'
import { formatDuration } from '../narration/formatDuration'
import { translatorOf } from '../narration/translate'
import './shardLanes.css'

/**
 * One row per shard (§3.1, §3.2): records done of records in it, the checkpoint, the batch in flight, a BLOCKED badge
 * while a failing batch is retried, the iterator age (it climbs while blocked) and records expired at retention.
 */
export function ShardLanes({
  result,
  scenario,
  streamId,
  nowMs,
}: {
  result: SimResult
  scenario?: ResolvedScenario
  streamId: string
  nowMs: number
}) {
  const { t, i18n } = useTranslation()
  const tr = translatorOf(i18n, i18n.language)
  const lanes = shardLanesAt(result, streamId, nowMs, scenario)
  const name = scenario?.nodeById.get(streamId)?.label ?? streamId
  return (
    <section className="shards" aria-label={t('lanes.shardLanes', { stream: name })}>
      <h3 className="timeline__heading">{t('lanes.shardLanes', { stream: name })}</h3>
      <ul className="shards__list">
        {lanes.map((l) => {
          const pct = l.records === 0 ? 0 : Math.round((l.processed / l.records) * 100)
          return (
            <li
              key={l.shardId}
              className={`shards__lane${l.blocked ? ' is-blocked' : ''}`}
              data-shard-lane={`${streamId}/${l.shardId}`}
            >
              <span className="shards__id">{l.shardId}</span>
              <span className="shards__bar" aria-hidden="true">
                <span className="shards__done" style={{ width: `${pct}%` }} />
                {l.expired > 0 && (
                  <span
                    className="shards__expired"
                    style={{ width: `${Math.round((l.expired / Math.max(1, l.records)) * 100)}%` }}
                  />
                )}
              </span>
              <span className="shards__facts">
                {l.blocked && <strong className="shards__badge">{t('lanes.blocked')}</strong>}
                <span>{t('lanes.records', { processed: l.processed, records: l.records })}</span>
                <span>
                  {l.checkpoint === null
                    ? t('lanes.noCheckpoint')
                    : t('lanes.checkpoint', { checkpoint: l.checkpoint })}
                </span>
                {l.batch && (
                  <span>
                    {l.batch.retries > 0
                      ? t('lanes.batch', { count: l.batch.eventIds.length, retries: l.batch.retries })
                      : t('lanes.batchFirst', { count: l.batch.eventIds.length })}
                  </span>
                )}
                <span className={l.iteratorAgeMs > 30_000 ? 'shards__age is-high' : 'shards__age'}>
                  {t('lanes.iteratorAge', { age: formatDuration(l.iteratorAgeMs, tr) })}
                </span>
                {l.expired > 0 && <span>{t('lanes.expired', { count: l.expired })}</span>}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
