import { strToU8, zipSync } from 'fflate'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localTestFiles } from '../../exporters'
import type { ContextInput, Runtime } from '../../model'
import type { InvocationView } from '../../sim/views'

/** A fixed date for the zip entries: the same export gives the same bytes. */
const ZIP_MTIME = new Date('2026-01-01T00:00:00Z')

function zipOf(files: readonly { path: string; content: string }[], folder: string): Uint8Array {
  return zipSync(
    Object.fromEntries(files.map((f) => [`${folder}/${f.path}`, [strToU8(f.content), { mtime: ZIP_MTIME }]])),
  )
}

/** §9/§11 export: the selected invocation's event, a fake context and a test, as one zip (or each file alone). */
export function ExportLocalTest({ inv, runtime, ctx }: { inv: InvocationView; runtime: Runtime; ctx: ContextInput }) {
  const { t } = useTranslation()
  const id = useId()
  const [status, setStatus] = useState('')
  const files = useMemo(
    () =>
      localTestFiles({
        runtime,
        functionId: inv.functionId,
        event: inv.event,
        context: ctx,
        sourceType: inv.sourceType,
      }),
    [runtime, inv, ctx],
  )
  const folder = `${inv.functionId}-local-test-${runtime === 'python' ? 'python' : 'node'}`
  const save = (name: string, data: BlobPart, type: string) => {
    const url = URL.createObjectURL(new Blob([data], { type }))
    const a = document.createElement('a')
    a.href = url
    a.download = name
    a.click()
    URL.revokeObjectURL(url)
    setStatus(t('around.export.downloaded', { name }))
  }
  return (
    <div className="around-export" aria-labelledby={`${id}-title`} role="group">
      <h4 className="around__sub" id={`${id}-title`}>
        {t('around.export.title')}
      </h4>
      <p className="field__hint">
        {t('around.export.hint', { command: runtime === 'python' ? 'python3 -m unittest' : 'node --test' })}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => save(`${folder}.zip`, zipOf(files, folder) as Uint8Array<ArrayBuffer>, 'application/zip')}
        data-testid="export-zip"
      >
        {t('around.export.zip')}
      </button>
      <span role="status" className="field__hint">
        {' '}
        {status}
      </span>
      <p className="field__hint">{t('around.export.files')}:</p>
      <ul className="around-export__files">
        {files.map((f) => (
          <li key={f.path}>
            <button type="button" className="button button--link" onClick={() => save(f.path, f.content, 'text/plain')}>
              {f.path}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
