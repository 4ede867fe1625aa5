import type { ComponentProps, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'
import { useIssueText } from '../../panels/inspector/useIssueText'
import { useAllStrings } from '../../panels/useAllStrings'
import { downloadText } from './download'

/**
 * A saved copy that did not load was set aside under `storageKey`, not dropped (the autosaved document, a saved
 * comparison): says so with where it went wrong, and offers to download it as it was stored, or discard it. One banner
 * for every such copy, so each is kept, offered and discarded the same way. Its issue sentences are not in the first
 * frame's strings: it shows a moment after it (#16).
 */
export function SetAsideBanner(props: ComponentProps<typeof SetAsideBannerNow>) {
  return useAllStrings() ? <SetAsideBannerNow {...props} /> : null
}

function SetAsideBannerNow({
  title,
  body,
  issues,
  storageKey,
  fileName,
  canDismiss = true,
  onClose,
  testId,
}: {
  title: string
  body: ReactNode
  issues: readonly Issue[]
  storageKey: string
  /** The download's file name. */
  fileName: string
  /** False while the copy blocks something until the user downloads or discards it (a full storage). */
  canDismiss?: boolean
  /** After a discard or a dismiss: the banner goes. */
  onClose: () => void
  testId?: string
}) {
  const { t } = useTranslation()
  const issueText = useIssueText()
  const download = () => {
    let raw: string | null = null
    try {
      raw = localStorage.getItem(storageKey)
    } catch {
      raw = null
    }
    if (raw !== null) downloadText(fileName, raw)
  }
  const discard = () => {
    try {
      localStorage.removeItem(storageKey)
    } catch {
      // storage unreachable: nothing to remove
    }
    onClose()
  }
  return (
    <div className="persist-banner" role="alert" data-testid={testId}>
      <p className="persist-banner__title">{title}</p>
      <p>{body}</p>
      <ul className="persist-banner__issues">
        {issues.slice(0, 3).map((i, n) => (
          <li key={n}>
            <code>{i.path}</code> {issueText(i)}
          </li>
        ))}
      </ul>
      <div className="persist-banner__actions">
        <button type="button" className="button button--small" onClick={download}>
          {t('files.downloadSetAside')}
        </button>
        <button type="button" className="button button--small" onClick={discard}>
          {t('files.discardSetAside')}
        </button>
        {canDismiss ? (
          <button type="button" className="button button--small" onClick={onClose}>
            {t('files.dismiss')}
          </button>
        ) : null}
      </div>
    </div>
  )
}
