import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { loadEnglish } from '../../i18n'
import { emptyScenario } from '../../store/scenarioDefaults'
import { useAppStoreApi } from '../../store/useAppStore'
import { MAX_IMPORT_BYTES, scenarioFileName, serializeScenario, tooLargeIssue } from './codec'
import { downloadText } from './download'
import { MenuButton } from '../MenuButton'
import type { DialogState } from './FileDialog'
import { parseOffThread } from './parseOffThread'
import type { SamExportMode } from '../samExport/SamExportDialog'
import { currentRunOf } from '../../store/forkSlice'
import { preloadWhenIdle } from '../../panels/lazyPanel'

type Item = 'new' | 'open' | 'paste' | 'importTemplate' | 'save' | 'duplicate' | 'exportSam' | 'exportExperiment'
const ITEMS: readonly Item[] = [
  'new',
  'open',
  'paste',
  'importTemplate',
  'save',
  'duplicate',
  'exportSam',
  'exportExperiment',
]
// Its own chunk: the YAML parser and the template mapping load only when someone imports a template (#18).
// Each loads when first asked for (with the English strings the first frame left out), not with the first frame (#16).
const TemplateImportDialog = lazy(() =>
  Promise.all([import('../templateImport/TemplateImportDialog'), loadEnglish()]).then(([m]) => m),
)
// New, Paste and a file's result: fetched once the first frame is painted, so a click does not wait for it.
const loadFileDialog = () => Promise.all([import('./FileDialog'), loadEnglish()]).then(([m]) => m)
const FileDialog = lazy(() => loadFileDialog().then((m) => ({ default: m.FileDialog })))
const SamExportDialog = lazy(() =>
  Promise.all([import('../samExport/SamExportDialog'), loadEnglish()]).then(([m]) => ({ default: m.SamExportDialog })),
)

/** The header's File menu: New, Open file, Paste JSON, Save file, Duplicate (a menu button, keyboard-operable). */
export function FileMenu() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const [dialog, setDialog] = useState<DialogState>({ kind: 'closed' })
  const [status, setStatus] = useState('')
  const [samExport, setSamExport] = useState<SamExportMode | null>(null)
  // Mounted from the first export on and then kept, so closing it is the <dialog>'s own close (focus goes back).
  const [samExportUsed, setSamExportUsed] = useState(false)
  const [importing, setImporting] = useState(false)
  // Mounted from its first use on and then kept, so its <dialog> closes itself (focus goes back).
  const [dialogUsed, setDialogUsed] = useState(false)
  if (dialog.kind !== 'closed' && !dialogUsed) setDialogUsed(true)
  useEffect(() => preloadWhenIdle([{ preload: loadFileDialog }]), [])
  const fileInput = useRef<HTMLInputElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  // A result that arrives after the dialog was closed or reused is dropped.
  const request = useRef(0)

  const parse = async (input: string | Blob) => {
    const mine = ++request.current
    const result = await parseOffThread(input)
    if (request.current === mine) setDialog({ kind: 'result', result })
  }
  const run = (item: Item) => {
    const { scenario, openDocument } = store.getState()
    if (item === 'new') setDialog({ kind: 'confirmNew' })
    if (item === 'open') fileInput.current?.click()
    if (item === 'paste') setDialog({ kind: 'paste', text: '', checking: false })
    if (item === 'importTemplate') setImporting(true)
    if (item === 'save') {
      const name = scenarioFileName(scenario.title)
      downloadText(name, serializeScenario(scenario))
      setStatus(t('files.saved', { name }))
    }
    if (item === 'exportSam' || item === 'exportExperiment') setSamExportUsed(true)
    if (item === 'exportSam') setSamExport('sam')
    if (item === 'exportExperiment') setSamExport('experiment')
    if (item === 'duplicate')
      openDocument({ ...scenario, title: `${scenario.title} ${t('files.copySuffix')}`.slice(0, 200) })
  }
  const onFile = async (file: File | undefined) => {
    if (!file) return
    if (fileInput.current) fileInput.current.value = ''
    // Size first: a huge file is refused before a byte of it is read.
    if (file.size > MAX_IMPORT_BYTES)
      return setDialog({ kind: 'result', result: { ok: false, issues: [tooLargeIssue(file.size)], total: 1 } })
    setDialog({ kind: 'reading', name: file.name })
    await parse(file)
  }
  const close = () => {
    request.current++
    setDialog({ kind: 'closed' })
    buttonRef.current?.focus()
  }
  return (
    <div className="file-menu">
      <MenuButton
        listId="file-menu-list"
        label={t('files.menu')}
        items={ITEMS}
        itemLabel={(item) =>
          item === 'exportSam' || item === 'exportExperiment'
            ? t(`samExport.${item}`)
            : item === 'importTemplate'
              ? t('templateImport.menu')
              : t(`files.${item}`)
        }
        onRun={run}
        keepsFocus={(item) =>
          item === 'open' || item === 'importTemplate' || item === 'exportSam' || item === 'exportExperiment'
        }
        buttonRef={buttonRef}
      />
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {samExportUsed ? (
        <Suspense fallback={null}>
          <SamExportDialogFor
            mode={samExport}
            onClose={() => {
              setSamExport(null)
              buttonRef.current?.focus()
            }}
          />
        </Suspense>
      ) : null}
      {importing ? (
        <Suspense fallback={null}>
          <TemplateImportDialog
            onClose={() => {
              setImporting(false)
              buttonRef.current?.focus()
            }}
            onImported={(title, count) => {
              setImporting(false)
              setStatus(t('templateImport.imported', { title, count }))
              buttonRef.current?.focus()
            }}
          />
        </Suspense>
      ) : null}
      {dialogUsed ? (
        <Suspense fallback={null}>
          <FileDialog
            state={dialog}
            onClose={close}
            onPasteText={(text) => setDialog({ kind: 'paste', text, checking: false })}
            onCheckPaste={() => {
              if (dialog.kind !== 'paste') return
              setDialog({ ...dialog, checking: true })
              void parse(dialog.text)
            }}
            onConfirmNew={() => {
              store.getState().openDocument(emptyScenario())
              close()
            }}
            onReplace={() => {
              if (dialog.kind === 'result' && dialog.result.ok) {
                store.getState().openDocument(dialog.result.scenario)
                setStatus(t('files.opened', { title: dialog.result.scenario.title }))
              }
              close()
            }}
          />
        </Suspense>
      ) : null}
    </div>
  )
}

/** The export dialog reads the document and its run only while open (the run is memoised by the store). */
function SamExportDialogFor({ mode, onClose }: { mode: SamExportMode | null; onClose: () => void }) {
  const store = useAppStoreApi()
  const state = store.getState()
  const run =
    mode === 'experiment'
      ? currentRunOf({ compare: state.compare ?? null, scenario: state.scenario, injected: state.injected })
      : null
  return (
    <SamExportDialog
      mode={mode}
      scenario={state.scenario}
      run={run?.ok ? { scenario: run.scenario, result: run.result } : null}
      onClose={onClose}
    />
  )
}
