import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'
import { useIssueText } from '../../panels/inspector/useIssueText'
import type { ImportResult } from './codec'

export type DialogState =
  | { kind: 'closed' }
  | { kind: 'confirmNew' }
  | { kind: 'paste'; text: string; checking: boolean }
  | { kind: 'reading'; name: string }
  | { kind: 'result'; result: ImportResult }

interface Props {
  state: DialogState
  onClose: () => void
  onPasteText: (text: string) => void
  onCheckPaste: () => void
  onConfirmNew: () => void
  onReplace: () => void
}

/** One modal for New, Open and Paste: nothing replaces the current work until the user presses the confirm button. */
export function FileDialog({ state, onClose, onPasteText, onCheckPaste, onConfirmNew, onReplace }: Props) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const open = state.kind !== 'closed'
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])

  let title = ''
  let body = null
  let actions = null
  if (state.kind === 'confirmNew') {
    title = t('files.new')
    body = <p>{t('files.newConfirm')}</p>
    actions = (
      <>
        <button type="button" className="button" onClick={onClose}>
          {t('files.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirmNew}>
          {t('files.new')}
        </button>
      </>
    )
  } else if (state.kind === 'paste') {
    title = t('files.pasteTitle')
    body = (
      <label className="file-dialog__paste">
        <span className="field__label">{t('files.pasteLabel')}</span>
        <textarea
          className="input file-dialog__textarea"
          value={state.text}
          spellCheck={false}
          onChange={(e) => onPasteText(e.target.value)}
        />
      </label>
    )
    actions = (
      <>
        <button type="button" className="button" onClick={onClose}>
          {t('files.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={state.checking || state.text.trim() === ''}
          onClick={onCheckPaste}
        >
          {t('files.pasteCheck')}
        </button>
      </>
    )
  } else if (state.kind === 'reading') {
    title = t('files.importTitle')
    body = <p role="status">{t('files.reading', { name: state.name })}</p>
    actions = (
      <button type="button" className="button" onClick={onClose}>
        {t('files.cancel')}
      </button>
    )
  } else if (state.kind === 'result') {
    const r = state.result
    if (r.ok) {
      title = t('files.readyTitle', { title: r.scenario.title })
      body = (
        <>
          <p>{t('files.readyBody')}</p>
          {r.warnings.length > 0 ? (
            <p className="field__hint">{t('files.warnings', { count: r.warnings.length })}</p>
          ) : null}
        </>
      )
      actions = (
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('files.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={onReplace}>
            {t('files.replace')}
          </button>
        </>
      )
    } else {
      title = t('files.invalidTitle')
      body = <ImportIssues issues={r.issues} total={r.total} />
      actions = (
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('files.close')}
        </button>
      )
    }
  }

  return (
    <dialog ref={ref} className="file-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      {open ? (
        <div className="file-dialog__content">
          <h2 id={titleId} className="file-dialog__title">
            {title}
          </h2>
          <div className="file-dialog__body">{body}</div>
          <div className="file-dialog__actions">{actions}</div>
        </div>
      ) : null}
    </dialog>
  )
}

function ImportIssues({ issues, total }: { issues: readonly Issue[]; total: number }) {
  const { t } = useTranslation()
  const text = useIssueText()
  const tooLarge = issues[0]?.code === 'file.tooLarge'
  return (
    <div role="alert">
      <p>{t('files.invalidBody')}</p>
      {!tooLarge ? (
        <p className="field__hint file-dialog__count">
          {t('files.issueCount', { count: total, shown: issues.length })}
        </p>
      ) : null}
      <ol className="file-dialog__issues">
        {issues.map((i, n) => (
          <li key={n}>
            <code className="issue-list__path">{i.path}</code> <span>{text(i)}</span>
          </li>
        ))}
      </ol>
    </div>
  )
}
