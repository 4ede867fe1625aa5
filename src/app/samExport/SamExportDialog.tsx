import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { experimentFiles, experimentZip, MAX_EXPERIMENT_EVENTS } from '../../exporters'
import { exportSam, type NotExpressed, type Scenario } from '../../model'
import type { SimResult } from '../../sim'
import { predictedEvents } from '../../sim/views'
import { downloadBytes, downloadText } from '../persistence/download'
import './samExport.css'

export type SamExportMode = 'sam' | 'experiment'

interface Props {
  mode: SamExportMode | null
  /** The document as written (the template) and, for the experiment, the run playback shows (null: it has errors). */
  scenario: Scenario
  run: { scenario: Scenario; result: SimResult } | null
  onClose: () => void
}

/** File ▸ Export SAM template / runnable experiment: the YAML to copy or download, what it cannot say, the zip. */
export function SamExportDialog({ mode, scenario, run, onClose }: Props) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [status, setStatus] = useState('')
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (mode !== null && !d.open) d.showModal()
    if (mode === null && d.open) d.close()
    setStatus('')
  }, [mode])
  const sam = useMemo(() => (mode === 'sam' ? exportSam(scenario) : null), [mode, scenario])
  const experiment = useMemo(() => {
    if (mode !== 'experiment' || run === null || !run.scenario.nodes.some((n) => n.type === 'lambda')) return null
    const predicted = predictedEvents(run.result, MAX_EXPERIMENT_EVENTS)
    return {
      ...experimentFiles(run.scenario, predicted),
      events: predicted.length,
      attempts: predicted.reduce((n, p) => n + p.attempts.length, 0),
    }
  }, [mode, run])

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus(t('samExport.copied'))
    } catch {
      setStatus(t('samExport.copyFailed'))
    }
  }
  let body = null
  let actions = null
  if (mode === 'sam' && sam) {
    body = (
      <>
        <p>{t('samExport.samIntro')}</p>
        <label className="sam-export__yaml">
          <span className="field__label">{t('samExport.yamlLabel')}</span>
          <textarea
            className="input sam-export__textarea"
            readOnly
            value={sam.yaml}
            spellCheck={false}
            data-testid="sam-yaml"
          />
        </label>
        <NotExpressedList items={sam.notExpressed} />
      </>
    )
    actions = (
      <>
        <button type="button" className="button" onClick={() => void copy(sam.yaml)}>
          {t('samExport.copy')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            downloadText('template.yaml', sam.yaml, 'application/yaml')
            setStatus(t('samExport.downloaded', { name: 'template.yaml' }))
          }}
        >
          {t('samExport.download')}
        </button>
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('samExport.close')}
        </button>
      </>
    )
  } else if (mode === 'experiment') {
    const name = 'lambdascope-experiment.zip'
    body = experiment ? (
      <>
        <p>{t('samExport.experimentIntro')}</p>
        <p>{t('samExport.experimentSteps')}</p>
        <p className="field__hint">
          {t('samExport.experimentEvents', { count: experiment.events, attempts: experiment.attempts })}
        </p>
        <h3 className="sam-export__subtitle">{t('samExport.experimentFiles')}</h3>
        <ul className="sam-export__files">
          {experiment.files.map((f) => (
            <li key={f.path}>
              <code>{f.path}</code>
            </li>
          ))}
        </ul>
        <NotExpressedList items={experiment.notExpressed} />
      </>
    ) : (
      <p role="alert">{run === null ? t('samExport.cannotRun') : t('samExport.noFunction')}</p>
    )
    actions = (
      <>
        {experiment ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              downloadBytes(name, experimentZip(experiment.files), 'application/zip')
              setStatus(t('samExport.downloaded', { name }))
            }}
          >
            {t('samExport.downloadExperiment')}
          </button>
        ) : null}
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('samExport.close')}
        </button>
      </>
    )
  }
  return (
    <dialog ref={ref} className="file-dialog sam-export" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      {mode !== null ? (
        <div className="file-dialog__content">
          <h2 id={titleId} className="file-dialog__title">
            {mode === 'sam' ? t('samExport.samTitle') : t('samExport.experimentTitle')}
          </h2>
          <div className="file-dialog__body">{body}</div>
          <p className="sam-export__status" role="status">
            {status}
          </p>
          <div className="file-dialog__actions">{actions}</div>
        </div>
      ) : null}
    </dialog>
  )
}

function NotExpressedList({ items }: { items: readonly NotExpressed[] }) {
  const { t } = useTranslation()
  return (
    <section aria-label={t('samExport.notExpressedTitle', { count: items.length })}>
      <h3 className="sam-export__subtitle">{t('samExport.notExpressedTitle', { count: items.length })}</h3>
      {items.length === 0 ? (
        <p className="field__hint">{t('samExport.notExpressedNone')}</p>
      ) : (
        <ul className="sam-export__not-expressed" data-testid="not-expressed">
          {items.map((n) => (
            <li key={`${n.code}:${n.what}`}>{t(`samExport.notExpressed.${n.code}`, { what: n.what })}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
