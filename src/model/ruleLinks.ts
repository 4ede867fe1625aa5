/**
 * The rule sections the app explains in place: each is a heading of docs/aws-rules.md, has a short title and summary
 * in `src/i18n/<lang>/rules.ts` (under its key) and an AWS page to read more. Data only; the UI renders it.
 */
const DG = 'https://docs.aws.amazon.com/lambda/latest/dg/'

/** Section → i18n key (i18n keys cannot contain dots) and the AWS page in English. */
export const RULES = {
  '§1.1': { key: 's1_1', page: `${DG}lambda-invocation.html` },
  '§1.2': { key: 's1_2', page: `${DG}lambda-services.html` },
  '§1.3': { key: 's1_3', page: `${DG}gettingstarted-limits.html` },
  '§2.1': { key: 's2_1', page: `${DG}invocation-async-error-handling.html` },
  '§2.2': { key: 's2_2', page: `${DG}invocation-async-retain-records.html` },
  '§2.3': { key: 's2_3', page: `${DG}invocation-async-retain-records.html` },
  '§2.4': { key: 's2_4', page: `${DG}invocation-async-retain-records.html` },
  '§3.1': { key: 's3_1', page: `${DG}with-kinesis.html` },
  '§3.2': { key: 's3_2', page: `${DG}kinesis-on-failure-destination.html` },
  '§4.1': { key: 's4_1', page: `${DG}with-sqs.html` },
  '§4.2': { key: 's4_2', page: `${DG}services-sqs-scaling.html` },
  '§4.3': { key: 's4_3', page: `${DG}services-sqs-errorhandling.html` },
  '§5.1': { key: 's5_1', page: `${DG}invocation-retries.html` },
  '§5.2': { key: 's5_2', page: `${DG}services-apigateway.html` },
  '§5.3': { key: 's5_3', page: `${DG}scaling-behavior.html` },
  '§6': { key: 's6', page: `${DG}configuration-timeout.html` },
  '§7.1': { key: 's7_1', page: `${DG}lambda-runtime-environment.html` },
  '§7.2': { key: 's7_2', page: `${DG}configuration-vpc.html` },
  '§7.3': { key: 's7_3', page: `${DG}foundation-networking.html` },
  '§7.4': { key: 's7_4', page: `${DG}provisioned-concurrency.html` },
  '§7.5': { key: 's7_5', page: `${DG}configuration-database.html` },
  '§8': { key: 's8', page: `${DG}configuration-envvars.html` },
  '§9': { key: 's9', page: `${DG}nodejs-context.html` },
  '§10': { key: 's10', page: `${DG}access-control-resource-based.html` },
  '§12': { key: 's12', page: `${DG}lambda-releases.html` },
  // §15 records behaviour observed on AWS beyond the docs; the closest page is async error handling.
  '§15': { key: 's15', page: `${DG}invocation-async-error-handling.html` },
  '§16': { key: 's16', page: `${DG}invocation-recursion.html` },
  '§16.12': { key: 's16_12', page: `${DG}invocation-async-retain-records.html` },
  '§16.13': { key: 's16_13', page: `${DG}gettingstarted-limits.html` },
} as const

export type RuleSection = keyof typeof RULES
export type RuleKey = (typeof RULES)[RuleSection]['key']
/** Languages the AWS documentation is linked in (the app's locales). */
export type RuleLang = 'en' | 'ja'

export const RULE_SECTIONS = Object.keys(RULES) as RuleSection[]

export function isRuleSection(ref: string): ref is RuleSection {
  return Object.hasOwn(RULES, ref)
}

/** The same AWS documentation page in the learner's language: docs.aws.amazon.com/ja_jp/… for Japanese. */
export function awsDocUrl(page: string, lang: RuleLang): string {
  if (lang === 'en') return page
  return page.replace(/^https:\/\/docs\.aws\.amazon\.com\/(?!ja_jp\/)/, 'https://docs.aws.amazon.com/ja_jp/')
}

export interface RuleText {
  readonly section: RuleSection
  readonly titleKey: `rules.${RuleKey}.title`
  readonly summaryKey: `rules.${RuleKey}.summary`
  readonly awsUrl: (lang: RuleLang) => string
}

/** What the app shows for a cited section: i18n keys of its title and summary, and where to read more. */
export function ruleText(section: RuleSection): RuleText {
  const { key, page } = RULES[section]
  return {
    section,
    titleKey: `rules.${key}.title`,
    summaryKey: `rules.${key}.summary`,
    awsUrl: (lang) => awsDocUrl(page, lang),
  }
}

/** `ruleText` for any mark (e.g. a trace entry's `ref`); null when the app has no in-place text for it. */
export function ruleTextOf(ref: string): RuleText | null {
  return isRuleSection(ref) ? ruleText(ref) : null
}
