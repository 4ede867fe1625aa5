import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { emptyScenario } from '../../store/scenarioDefaults'
import { useAppStoreApi } from '../../store/useAppStore'
import { MAX_IMPORT_BYTES, scenarioFileName, serializeScenario, tooLargeIssue } from './codec'
import { downloadText } from './download'
import { MenuButton } from '../MenuButton'
import { FileDialog, type DialogState } from './FileDialog'
import { parseOffThread } from './parseOffThread'

type Item = 'new' | 'open' | 'paste' | 'save' | 'duplicate'
const ITEMS: readonly Item[] = ['new', 'open', 'paste', 'save', 'duplicate']

/** The header's File menu: New, Open file, Paste JSON, Save file, Duplicate (a menu button, keyboard-operable). */
export function FileMenu() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const [dialog, setDialog] = useState<DialogState>({ kind: 'closed' })
  const [status, setStatus] = useState('')
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
    if (item === 'save') {
      const name = scenarioFileName(scenario.title)
      downloadText(name, serializeScenario(scenario))
      setStatus(t('files.saved', { name }))
    }
    if (item === 'duplicate') openDocument({ ...scenario, title: `${scenario.title} ${t('files.copySuffix')}`.slice(0, 200) })
  }
  const onFile = async (file: File | undefined) => {
    if (!file) return
    if (fileInput.current) fileInput.current.value = ''
    // Size first: a huge file is refused before a byte of it is read.
    if (file.size > MAX_IMPORT_BYTES) return setDialog({ kind: 'result', result: { ok: false, issues: [tooLargeIssue(file.size)], total: 1 } })
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
        itemLabel={(item) => t(`files.${item}`)}
        onRun={run}
        keepsFocus={(item) => item === 'open'}
        buttonRef={buttonRef}
      />
      <input ref={fileInput} type="file" accept=".json,application/json" className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => void onFile(e.target.files?.[0])} />
      <p className="visually-hidden" role="status">{status}</p>
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
    </div>
  )
}
