import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

const SweepDialog = lazy(() => import('./SweepDialog'))

/** The header's "Sweep…" button: opens the sweep dialog; focus comes back to the button when it closes. */
export function SweepButton() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const wasOpen = useRef(false)
  // Back to the button once the dialog is gone (while it is modal the rest of the page is inert).
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus()
    wasOpen.current = open
  }, [open])
  return (
    <>
      <button ref={button} type="button" className="button" title={t('sweep.openHint')} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('sweep.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SweepDialog
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  )
}
