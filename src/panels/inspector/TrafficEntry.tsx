import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Era, Issue, ScenarioNode, Traffic } from '../../model'
import { defaultPayload } from '../../model'
import { getAtPath } from './docPath'
import type { Commit, FormTarget } from './forms'
import { SpecField } from './forms'
import { formatTime } from './formatValue'
import { PARTITION_KEYS_FIELD, PAYLOAD_BYTES_FIELD, TRAFFIC_FIELDS } from './inputFieldSpecs'
import { TRAFFIC_KINDS, withTrafficKind, type TrafficKind } from './inputEntries'
import { EntryIssues } from './IssueList'
import { PayloadEditor } from './PayloadEditor'
import { trafficFieldInfo } from './schemaInfo'
import { TimeListField } from './TimeListField'
import type { FieldSpec } from './fieldSpecs'

const STREAMS = new Set(['kinesis', 'dynamoDbStream'])
const RECORDS = new Set(['kinesis', 'dynamoDbStream', 'sqs'])

export interface TrafficEntryProps {
  entry: Traffic
  /** Position in the document's traffic list. */
  index: number
  /** Position among this source's entries (1-based): how the entry is named to people. */
  n: number
  node: ScenarioNode
  era: Era
  durationMs: number
  commit: Commit
  issues: readonly Issue[]
  onDuplicate: () => void
  onRemove: () => void
}

/** One traffic entry: its pattern and timing, partition keys for streams, the payload, what the model says of it. */
export function TrafficEntry({
  entry,
  index,
  n,
  node,
  era,
  durationMs,
  commit,
  issues,
  onDuplicate,
  onRemove,
}: TrafficEntryProps) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const target: FormTarget = { kind: 'traffic', index, source: node.id }
  const typeName = t(`nodes.name.${node.type}`)
  const time = (ms: number) => formatTime(t, i18n.language, ms)
  const entryName = t('inputs.traffic.entry', { n })
  let summary: string
  if (entry.kind === 'once')
    summary = t('inputs.traffic.summaryOnce', { count: entry.count ?? 1, at: time(entry.atMs) })
  else if (entry.kind === 'list') summary = t('inputs.traffic.summaryList', { count: entry.atMs.length })
  else {
    const base = { every: time(entry.everyMs), start: time(entry.startMs ?? 0) }
    summary =
      entry.count !== undefined
        ? t('inputs.traffic.summaryEveryCount', { ...base, count: entry.count })
        : entry.untilMs !== undefined
          ? t('inputs.traffic.summaryEveryUntil', { ...base, until: time(entry.untilMs) })
          : t('inputs.traffic.summaryEveryEnd', base)
  }
  const field = (spec: FieldSpec) =>
    spec.widget === 'times' ? (
      <TimeListField
        key={`${index}:${entry.kind}:${spec.id}`}
        spec={spec}
        value={entry.kind === 'list' ? entry.atMs : []}
        onCommit={(ms) => commit(target, spec.path, ms)}
      />
    ) : (
      <SpecField
        key={`${index}:${entry.kind}:${spec.id}`}
        spec={spec}
        info={trafficFieldInfo(entry.kind, spec.path)}
        value={getAtPath(entry, spec.path)}
        era={era}
        node={null}
        selfId={node.id}
        onCommit={(v) => commit(target, spec.path, v)}
      />
    )
  return (
    <li className="inputs__entry" data-entry={`traffic-${index}`} aria-labelledby={`${id}-name`}>
      <h4 className="inputs__entry-title" id={`${id}-name`} tabIndex={-1} data-entry-heading>
        {entryName}
        <span className="inputs__entry-summary"> — {summary}</span>
      </h4>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {t('inputs.traffic.pattern')}
        </label>
        <select
          id={`${id}-kind`}
          className="select field__input"
          value={entry.kind}
          onChange={(e) => commit(target, [], withTrafficKind(entry, e.target.value as TrafficKind, durationMs))}
        >
          {TRAFFIC_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`inputs.traffic.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {TRAFFIC_FIELDS[entry.kind].map(field)}
      {STREAMS.has(node.type) ? field(PARTITION_KEYS_FIELD) : null}
      {field(PAYLOAD_BYTES_FIELD)}
      <PayloadEditor
        key={`${index}:payload`}
        payload={entry.payload}
        typeName={typeName}
        isRecord={RECORDS.has(node.type)}
        sample={defaultPayload(node, era)}
        onCommit={(v) => commit(target, ['payload'], v)}
      />
      <EntryIssues issues={issues} />
      <div className="inputs__entry-actions">
        <button
          type="button"
          className="button button--small"
          onClick={onDuplicate}
          aria-label={t('inputs.traffic.duplicate', { n })}
        >
          {t('inputs.traffic.duplicateShort')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={onRemove}
          aria-label={t('inputs.traffic.remove', { n })}
        >
          {t('inputs.traffic.removeShort')}
        </button>
      </div>
    </li>
  )
}
