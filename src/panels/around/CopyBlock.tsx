import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** A labelled block of code (JSON, CLI) with a copy button that says, in a live region, whether it copied. */
export function CopyBlock({ label, text, testId }: { label: string; text: string; testId?: string }) {
  const { t } = useTranslation()
  const id = useId()
  const [status, setStatus] = useState('')
  const copy = () => {
    const clip = typeof navigator === 'undefined' ? undefined : navigator.clipboard
    if (!clip) {
      setStatus(t('around.permissions.copyFailed'))
      return
    }
    clip.writeText(text).then(
      () => setStatus(t('around.permissions.copied')),
      () => setStatus(t('around.permissions.copyFailed')),
    )
  }
  return (
    <div className="around-code" data-testid={testId}>
      <div className="around-code__head">
        <span className="around-code__label" id={`${id}-label`}>
          {label}
        </span>
        <button type="button" className="button around-code__copy" onClick={copy} aria-describedby={`${id}-label`}>
          {t('around.permissions.copy')}
        </button>
        <span className="around-code__status" role="status">
          {status}
        </span>
      </div>
      <pre className="around-code__body" aria-labelledby={`${id}-label`} tabIndex={0}>
        {text}
      </pre>
    </div>
  )
}
