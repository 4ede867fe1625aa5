import { formatNumber } from './formatNumber'
import type { i18n as I18n } from 'i18next'

/** The parts of a model Issue (or a connection refusal) a sentence is made from. */
export interface IssueLike {
  code: string
  message: string
  params?: Readonly<Record<string, string | number>>
  ref?: string
}

type Translate = (key: string, options?: Record<string, unknown>) => string
const placeholders = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '')

/**
 * Shows one param value the way its name says (src/model/issueCodes.ts): numbers for the locale, node types as service
 * names, roles and lists of them in words, `YYYY-MM` months as the locale writes them, JSON types in words and
 * allowed JSON values quoted; ids and keys as written.
 */
function formatValue(i18n: I18n, name: string, value: string | number): string {
  const t = i18n.t as unknown as Translate
  const lng = i18n.language
  const named = (prefix: string, v: string) =>
    i18n.exists(`${prefix}.${v}`)
      ? t(`${prefix}.${v}`)
      : i18n.exists(`issues.values.${v}`)
        ? t(`issues.values.${v}`)
        : v
  const list = (items: string[]) => new Intl.ListFormat(lng, { type: 'disjunction' }).format(items)
  if (typeof value === 'number') return formatNumber(value, lng)
  switch (name) {
    case 'from':
    case 'to':
    case 'nodeType':
      return named('nodes.name', value)
    case 'allowedTypes':
      return list(value.split(',').map((v) => named('nodes.name', v)))
    case 'role':
      return named('inspector.roles', value)
    case 'roles':
      return value === ''
        ? t('issues.values.noRoleFits')
        : list(value.split(',').map((v) => named('inspector.roles', v)))
    case 'expectedType':
      return i18n.exists(`issues.types.${value}`) ? t(`issues.types.${value}`) : value
    case 'allowedValues':
      return list(value.split('|').map((v) => t('issues.quoted', { value: v })))
    case 'arrivedMonth': {
      const [year, month] = value.split('-').map(Number)
      if (!year || !month) return value
      return new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
        Date.UTC(year, month - 1, 1),
      )
    }
    default:
      return value
  }
}

/**
 * The sentence for `code` filled from `params`, or null when there is none or a value it names is missing (an issue
 * made elsewhere under the same code, without params, then keeps its own words).
 */
export function issueSentence(
  i18n: I18n,
  code: string,
  params: Readonly<Record<string, string | number>> = {},
): string | null {
  const key = `issues.text.${code}`
  const template: unknown = i18n.getResource(i18n.language, 'translation', key)
  if (typeof template !== 'string') return null
  const names = placeholders(template)
  if (names.some((n) => params[n] === undefined)) return null
  const values: Record<string, string> = {} // safe-keys: placeholder names from our own sentences
  for (const n of names) values[n] = formatValue(i18n, n, params[n] as string | number)
  return (i18n.t as unknown as Translate)(key, values)
}

/**
 * An issue in the reader's language: our sentence with its reference; without one, the plain English, which in other
 * languages follows a translated kind ("大きすぎます（Too big: …）") so the detail is not lost.
 */
export function issueText(i18n: I18n, issue: IssueLike): string {
  const t = i18n.t as unknown as Translate
  const sentence = issueSentence(i18n, issue.code, issue.params)
  if (sentence !== null) return issue.ref ? t('issues.withRef', { sentence, ref: issue.ref }) : sentence
  const kind = `issues.kinds.${issue.code}`
  if (!i18n.language.startsWith('en') && typeof i18n.getResource(i18n.language, 'translation', kind) === 'string')
    return t('issues.withKind', { kind: t(kind), message: issue.message })
  return issue.message
}
