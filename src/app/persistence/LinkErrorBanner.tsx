import type { ComponentProps } from 'react'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'
import { useIssueText } from '../../panels/inspector/useIssueText'
import { useAllStrings } from '../../panels/useAllStrings'

/** How many located problems the banner lists; the count says how many more there are. */
const SHOWN = 5

export interface LinkError {
  /** `scenario` for `?scenario=<JSON>`, else the example's name from `?example=`. */
  name: string
  issues: readonly Issue[]
}

/**
 * A link (`?example=` / `?scenario=`) whose scenario could not be opened: said where people look, with every problem
 * located, and that nothing was replaced — the page shows the user's own saved work instead. Its issue sentences are
 * not in the first frame's strings: it shows a moment after it (#16).
 */
export function LinkErrorBanner(props: ComponentProps<typeof LinkErrorBannerNow>) {
  return useAllStrings() ? <LinkErrorBannerNow {...props} /> : null
}

function LinkErrorBannerNow({ error, onDismiss }: { error: LinkError; onDismiss: () => void }) {
  const { t } = useTranslation()
  const issueText = useIssueText()
  const shown = error.issues.slice(0, SHOWN)
  return (
    <div className="persist-banner" role="alert" data-testid="link-error">
      <p className="persist-banner__title">
        {error.name === 'scenario' ? t('files.linkScenarioTitle') : t('files.linkExampleTitle', { name: error.name })}
      </p>
      <p>{t('files.linkBody')}</p>
      <ul className="persist-banner__issues">
        {shown.map((i, n) => (
          <li key={n}>
            <code>{i.path === '' ? '/' : i.path}</code> {issueText(i)}
          </li>
        ))}
      </ul>
      {error.issues.length > shown.length ? (
        <p>{t('files.issueCount', { count: error.issues.length, shown: shown.length })}</p>
      ) : null}
      <div className="persist-banner__actions">
        <button type="button" className="button button--small" onClick={onDismiss}>
          {t('files.dismiss')}
        </button>
      </div>
    </div>
  )
}
