import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NodeType } from '../../model'
import { importTemplate, type ImportResult, type TemplateError } from '../../model/template'
import { withLayout } from '../../store/importLayout'
import { useAppStoreApi } from '../../store/useAppStore'
import { ImportReportView } from './ImportReportView'
import { ParametersForm } from './ParametersForm'
import './templateImport.css'

/** Templates above this are refused by size before they are read (the parser's own limit is 2,000,000 characters). */
const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024

type State =
  | { kind: 'choose'; text: string }
  | { kind: 'reading'; name: string }
  | {
      kind: 'result'
      result: ImportResult
      source: string
      /** The template text, to read again with other parameter values. */
      text: string
      /** Read again with values the user gave (announced). */
      reread: boolean
    }

interface Props {
  onClose: () => void
  /** After the user confirmed: the scenario replaced the current one (one undo step brings the old one back). */
  onImported: (title: string, nodeCount: number) => void
}

/**
 * File → Import SAM / CloudFormation template: choose or paste a template, read what will be imported (nodes by kind,
 * what is not simulated and why, notes), or the located errors. The current work is untouched until "Import".
 */
export default function TemplateImportDialog({ onClose, onImported }: Props) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const ref = useRef<HTMLDialogElement>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const titleId = useId()
  const [state, setState] = useState<State>({ kind: 'choose', text: '' })
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])

  const read = (text: string, source: string, parameters?: Record<string, string>) =>
    setState({
      kind: 'result',
      result: importTemplate(text, parameters ? { parameters } : {}),
      source,
      text,
      reread: parameters !== undefined,
    })
  const onFile = async (file: File | undefined) => {
    if (!file) return
    if (fileInput.current) fileInput.current.value = ''
    if (file.size > MAX_TEMPLATE_BYTES) {
      const error: TemplateError = {
        line: 1,
        column: 1,
        path: '(document)',
        code: 'template.tooLarge',
        message: '',
        params: { maxChars: MAX_TEMPLATE_BYTES },
      }
      return setState({
        kind: 'result',
        result: { ok: false, errors: [error] },
        source: file.name,
        text: '',
        reread: false,
      })
    }
    setState({ kind: 'reading', name: file.name })
    read(await file.text(), file.name)
  }
  const confirm = () => {
    if (state.kind !== 'result' || !state.result.ok) return
    const scenario = withLayout(state.result.scenario)
    store.getState().replaceScenario(scenario)
    store.getState().resetPlayback()
    // Frame the whole imported architecture (canvas/useFitOnRequest), as a lesson's scenario is framed.
    store.setState((s) => ({ viewFitSeq: s.viewFitSeq + 1 }))
    onImported(scenario.title, scenario.nodes.length)
  }

  let body = null
  let actions = null
  let title: string = t('templateImport.title')
  if (state.kind === 'choose') {
    body = (
      <>
        <p>{t('templateImport.intro')}</p>
        <p>
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            {t('templateImport.chooseFile')}
          </button>
        </p>
        <label className="file-dialog__paste">
          <span className="field__label">{t('templateImport.pasteLabel')}</span>
          <textarea
            className="input file-dialog__textarea"
            value={state.text}
            spellCheck={false}
            onChange={(e) => setState({ kind: 'choose', text: e.target.value })}
          />
        </label>
      </>
    )
    actions = (
      <>
        <button type="button" className="button" onClick={onClose}>
          {t('templateImport.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={state.text.trim() === ''}
          onClick={() => read(state.text, '')}
        >
          {t('templateImport.check')}
        </button>
      </>
    )
  } else if (state.kind === 'reading') {
    body = <p role="status">{t('templateImport.reading', { name: state.name })}</p>
    actions = (
      <button type="button" className="button" onClick={onClose}>
        {t('templateImport.cancel')}
      </button>
    )
  } else if (state.result.ok) {
    const { scenario, report } = state.result
    title = t('templateImport.readyTitle', { title: scenario.title })
    const { text, source } = state
    body = (
      <>
        {state.reread ? (
          <p role="status" className="visually-hidden">
            {t('templateImport.parametersApplied')}
          </p>
        ) : null}
        <ImportReportView scenario={scenario} report={report} kinds={countKinds(scenario.nodes)}>
          {report.parameters.length > 0 ? (
            <ParametersForm parameters={report.parameters} onApply={(values) => read(text, source, values)} />
          ) : null}
        </ImportReportView>
      </>
    )
    actions = (
      <>
        <button type="button" className="button" onClick={() => setState({ kind: 'choose', text: '' })}>
          {t('templateImport.back')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('templateImport.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={confirm}>
          {t('templateImport.confirm')}
        </button>
      </>
    )
  } else {
    title = t('templateImport.errorsTitle')
    body = <ErrorList errors={state.result.errors} source={state.source} />
    actions = (
      <>
        <button type="button" className="button" onClick={() => setState({ kind: 'choose', text: '' })}>
          {t('templateImport.back')}
        </button>
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('templateImport.close')}
        </button>
      </>
    )
  }

  return (
    <dialog
      ref={ref}
      className="file-dialog template-import"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
      data-testid="template-import"
    >
      <div className="file-dialog__content">
        <h2 id={titleId} className="file-dialog__title">
          {title}
        </h2>
        <div className="file-dialog__body">{body}</div>
        <div className="file-dialog__actions">{actions}</div>
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".yaml,.yml,.json,.template,application/json,application/yaml,text/yaml"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="template-file"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
    </dialog>
  )
}

function countKinds(nodes: readonly { type: NodeType }[]): [NodeType, number][] {
  const counts = new Map<NodeType, number>()
  for (const n of nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1)
  return [...counts]
}

function ErrorList({ errors, source }: { errors: readonly TemplateError[]; source: string }) {
  const { t } = useTranslation()
  const say = t as unknown as (key: string, options?: Record<string, unknown>) => string
  return (
    <div role="alert">
      <p>{t('templateImport.errorsBody')}</p>
      <ol className="file-dialog__issues">
        {errors.map((e, i) => (
          <li key={i}>
            <code className="issue-list__path">
              {source ? `${source}:` : ''}
              {e.line}:{e.column}
            </code>{' '}
            <span className="visually-hidden">{t('templateImport.errorAt', { line: e.line, column: e.column })}</span>
            <span>
              {say(`templateImport.error.${e.code.replace('template.', '')}`, { ...e.params, message: e.message })}
            </span>
            {e.path !== '(document)' ? <code className="template-import__path">{e.path}</code> : null}
          </li>
        ))}
      </ol>
    </div>
  )
}
