import { useTranslation } from 'react-i18next'
import { ruleTextOf } from '../../model/ruleLinks'
import { ruleLangOf } from '../narration/docLinks'
import './ruleRef.css'

/**
 * A cited rule (e.g. "§2.1") that opens in place: its title and short summary from the project's rules, and the AWS
 * page as "read more" in the learner's language. A native disclosure, so keyboard and screen readers work as is.
 * A mark without an in-app text stays plain.
 */
export function RuleRef({ refMark }: { refMark: string }) {
  const { t, i18n } = useTranslation()
  const rule = ruleTextOf(refMark)
  if (!rule) return <span className="rule-ref__plain">{refMark}</span>
  return (
    <details className="rule-ref">
      <summary className="rule-ref__mark">{refMark}</summary>
      <span className="rule-ref__body">
        <strong className="rule-ref__title">{t(rule.titleKey)}</strong> {t(rule.summaryKey)}{' '}
        <a
          href={rule.awsUrl(ruleLangOf(i18n.language))}
          target="_blank"
          rel="noreferrer noopener"
          aria-label={t('rules.readMoreLabel', { ref: refMark })}
        >
          {t('rules.readMore')}
        </a>
      </span>
    </details>
  )
}
