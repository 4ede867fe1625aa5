/**
 * Reference section → the AWS documentation page to read more, in the learner's language. The table itself is
 * model data (src/model/ruleLinks.ts, headings of docs/aws-rules.md). Opened from the log and the statechart.
 */
import { RULES, ruleTextOf, type RuleLang } from '../../model/ruleLinks'

export const DOC_LINKS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(RULES).map(([section, r]) => [section, r.page]),
)

/** The app's locale as a documentation language (anything but Japanese reads the English pages). */
export function ruleLangOf(locale: string): RuleLang {
  return locale.startsWith('ja') ? 'ja' : 'en'
}

export function docUrlOf(ref: string, lang: RuleLang = 'en'): string | null {
  return ruleTextOf(ref)?.awsUrl(lang) ?? null
}
