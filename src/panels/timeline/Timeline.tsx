import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ResolvedScenario } from '../../model'
import type { SimResult } from '../../sim'
import { ShardLanes } from '../shardLanes/ShardLanes'
import { ColdStarts } from './ColdStarts'
import { Swimlanes } from './Swimlanes'
import './timeline.css'

/** The Timeline tab: attempts per lane, shard lanes of each stream, and cold-start phases per invocation. */
export function Timeline({
  result,
  scenario,
  nowMs,
  selectedEventId,
  onSelect,
}: {
  result: SimResult
  scenario?: ResolvedScenario
  nowMs: number
  selectedEventId: string | null
  onSelect: (id: string) => void
}) {
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const [widthPx, setWidth] = useState(600)
  useEffect(() => {
    const el = box.current
    if (!el) return
    const measure = () => setWidth(Math.max(240, el.clientWidth - 24))
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  const streams = (scenario?.nodes ?? []).filter((n) => n.type === 'kinesis' || n.type === 'dynamoDbStream')
  return (
    <div ref={box} className="timeline">
      <h3 className="timeline__heading">{t('lanes.swimlanes')}</h3>
      <Swimlanes
        result={result}
        scenario={scenario}
        nowMs={nowMs}
        widthPx={widthPx}
        selectedEventId={selectedEventId}
        onSelect={onSelect}
      />
      {streams.map((s) => (
        <ShardLanes key={s.id} result={result} scenario={scenario} streamId={s.id} nowMs={nowMs} />
      ))}
      <h3 className="timeline__heading">{t('lanes.coldStarts')}</h3>
      <ColdStarts result={result} scenario={scenario} nowMs={nowMs} widthPx={widthPx} />
    </div>
  )
}
