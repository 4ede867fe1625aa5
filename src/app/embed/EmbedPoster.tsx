import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Issue, Scenario } from '../../model'
import { useIssueText } from '../../panels/inspector/useIssueText'
import { pictureWords } from '../share/exportPicture'
import { scenarioSvg } from '../share/scenarioSvg'

/**
 * Click-to-load: the static picture of the scenario and one button; nothing interactive is built until it is pressed.
 */
export function Poster({
  scenario,
  theme,
  onLoad,
}: {
  scenario: Scenario
  theme: 'light' | 'dark'
  onLoad: () => void
}) {
  const { t } = useTranslation()
  const src = useMemo(
    () =>
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(scenarioSvg(scenario, theme, pictureWords(scenario)))}`,
    [scenario, theme],
  )
  return (
    <div className="embed-poster" data-theme={theme}>
      <img className="embed-poster__img" src={src} alt={t('share.posterAlt', { title: scenario.title })} />
      <button type="button" className="button button--primary embed-poster__load" onClick={onLoad}>
        {t('share.loadInteractive')}
      </button>
    </div>
  )
}

/** A link whose scenario cannot be opened: every problem located, and the way to the full editor. */
export function EmbedError({ issues, appHref }: { issues: Issue[]; appHref: string }) {
  const { t } = useTranslation()
  const issueText = useIssueText()
  return (
    <div className="embed-error" role="alert">
      <p className="embed-error__title">{t('share.embedError')}</p>
      <ul>
        {issues.slice(0, 5).map((i, n) => (
          <li key={n}>
            <code>{i.path}</code> {issueText(i)}
          </li>
        ))}
      </ul>
      <a href={appHref} target="_blank" rel="noopener">
        {t('share.openInApp')}
      </a>
    </div>
  )
}
