import i18next, { type i18n as I18n } from 'i18next'
import { describe, expect, it } from 'vitest'
import {
  EDGE_ROLES,
  ERAS,
  ISSUE_CODES,
  ISSUE_PARAMS,
  APP_ISSUE_PARAMS,
  NODE_TYPES,
  SCHEMA_ISSUE_CODES,
  SCHEMA_PARAMS,
  checkScenario,
  connectionRule,
  parseScenario,
  parseScenarioJson,
  type Issue,
  type Scenario,
} from '../../model'
import { en } from '../../i18n/en/index'
import { ja } from '../../i18n/ja/index'
import { resources } from '../../i18n/resources'
import { issueText } from '../../i18n/issueText'

/**
 * src/model's source text, tests left out; so are the template import and the exports, whose `code`s are their own
 * (import problems, what a template cannot express) and are translated in their own areas, checked by their own tests.
 */
const MODEL_SOURCES = import.meta.glob<string>(
  ['../../model/**/*.ts', '!../../model/**/*.test.ts', '!../../model/template/**', '!../../model/export/**'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
)

/**
 * Every code written in src/model's source: the argument after the path of error()/warning(), no()'s first, or `code:
 * '…'`.
 */
function codesInModelSource(): Set<string> {
  const found = new Set<string>()
  const patterns = [
    /\b(?:error|warning)\(\s*(?:\[[^\]]*\]|\w+),\s*'([^']+)'/g,
    /\bno\(\s*'([^']+)'/g,
    /\bcode:\s*'([^']+)'/g,
  ]
  for (const text of Object.values(MODEL_SOURCES)) {
    for (const p of patterns) for (const m of text.matchAll(p)) for (const c of m.slice(1)) if (c) found.add(c)
  }
  return found
}

const textOf = (tree: typeof en | typeof ja, code: string): string | undefined => {
  const [group = '', name = ''] = code.split('.')
  const texts: Record<string, Record<string, string>> = tree.issues.text
  return texts[group]?.[name]
}
const kindOf = (tree: typeof en | typeof ja, code: string): string | undefined => {
  const [group = '', name = ''] = code.split('.')
  const kinds: Record<string, Record<string, string>> = tree.issues.kinds
  return kinds[group]?.[name]
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

function instance(lng: 'en' | 'ja'): I18n {
  const i = i18next.createInstance()
  void i.init({ resources, lng, fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false })
  return i
}

describe('every issue the model can produce reads as a sentence in English and Japanese', () => {
  it('finds the codes in the source, and each is a declared code (or one of zod’s kinds)', () => {
    const inSource = codesInModelSource()
    expect(inSource.size).toBeGreaterThan(60)
    const declared = new Set<string>([...ISSUE_CODES, ...SCHEMA_ISSUE_CODES])
    expect([...inSource].filter((c) => !declared.has(c))).toEqual([])
    // …and nothing is declared that the model never produces.
    expect(ISSUE_CODES.filter((c) => !inSource.has(c))).toEqual([])
  })

  it('has a sentence per code in both languages, naming exactly the params the model passes', () => {
    const declared: Record<string, readonly string[]> = { ...ISSUE_PARAMS, ...APP_ISSUE_PARAMS, ...SCHEMA_PARAMS }
    for (const [code, names] of Object.entries(declared)) {
      const params = [...names].sort()
      for (const [lang, tree] of [
        ['en', en],
        ['ja', ja],
      ] as const) {
        const text = textOf(tree, code)
        expect(text, `${lang} ${code}`).toBeTypeOf('string')
        expect(placeholders(text ?? ''), `${lang} ${code}`).toEqual(params)
        expect(text ?? '', `${lang} ${code}: the reference is added from issue.ref`).not.toMatch(/§\d/)
      }
    }
    // No sentence is left over for a code the model no longer has.
    const sentences = Object.entries(en.issues.text).flatMap(([group, names]) =>
      Object.keys(names).map((n) => `${group}.${n}`),
    )
    expect(sentences.filter((c) => !(c in declared))).toEqual([])
  })

  it('names every kind of schema problem in both languages', () => {
    for (const code of SCHEMA_ISSUE_CODES) {
      expect(kindOf(en, code), code).toBeTypeOf('string')
      expect(kindOf(ja, code), code).toBeTypeOf('string')
    }
  })
})

const doc = (over: Partial<Scenario>): Scenario => ({
  format: 'lambdascope/scenario@1',
  title: 't',
  era: 'current',
  seed: 1,
  durationMs: 60_000,
  nodes: [],
  edges: [],
  traffic: [],
  faults: [],
  ...over,
})

/** Documents with many different problems: wiring, era refusals, VPC/access, env vars, traffic, faults, concurrency. */
function realIssues(): Issue[] {
  const wiring = doc({
    nodes: [
      { id: 'orders', type: 'sqs', config: { visibilityTimeoutMs: 30_000 } },
      {
        id: 'worker',
        type: 'lambda',
        config: {
          timeoutMs: 60_500,
          reservedConcurrency: 950,
          environment: { variables: { AWS_REGION: 'x', '1bad': 'y' } },
        },
      },
      { id: 'stream', type: 'kinesis' },
      { id: 'vpc-1', type: 'vpc', config: { nat: false } },
      { id: 'db', type: 'rds', parentId: 'vpc-1', config: { inboundFrom: ['app'] } },
      { id: 'inside', type: 'lambda', parentId: 'vpc-1', config: { callsInternet: true, securityGroup: 'web' } },
      { id: 'topic', type: 'sns', parentId: 'vpc-1' },
    ],
    edges: [
      { from: 'orders', to: 'worker', config: { batchSize: 100, bisectOnError: true } },
      { from: 'worker', to: 'stream', role: 'dlq' },
      { from: 'inside', to: 'db' },
      { from: 'worker', to: 'db' },
      { from: 'worker', to: 'ghost', role: 'dlq' },
    ],
    traffic: [
      { source: 'stream', kind: 'once', atMs: 0, partitionKeys: ['a'] },
      { source: 'nobody', kind: 'once', atMs: 0 },
    ],
    faults: [
      { kind: 'fail', target: 'orders', atMs: 0 },
      { kind: 'recover', target: 'missing', atMs: 0 },
    ],
  } as Partial<Scenario>)
  const era2018 = doc({
    era: '2018',
    nodes: [
      {
        id: 'fn',
        type: 'lambda',
        config: { memoryMb: 3100, provisionedConcurrency: 2, async: { maxRetryAttempts: 1 } },
      },
      { id: 'api', type: 'apiGateway', config: { api: 'http' } },
      { id: 'q', type: 'sqs' },
    ],
    edges: [
      { from: 'api', to: 'fn' },
      { from: 'fn', to: 'q', role: 'onFailure' },
      { from: 'q', to: 'fn', config: { batchSize: 50, maxConcurrency: 5 } },
    ],
  } as Partial<Scenario>)
  const refusals: Issue[] = []
  for (const era of ERAS)
    for (const a of NODE_TYPES)
      for (const b of NODE_TYPES)
        for (const role of EDGE_ROLES) {
          const v = connectionRule(a.type, b.type, role, era)
          if (!v.ok)
            refusals.push({
              path: 'edges[0]',
              code: v.code,
              message: v.message,
              severity: 'error',
              ref: v.ref,
              ...(v.params ? { params: v.params } : {}),
            })
        }
  const json = parseScenarioJson('{"format": ')
  const schema = parseScenario({
    ...doc({}),
    title: 7,
    nodes: [
      { id: 'f', type: 'lambda', config: { timeoutMs: 1_000_000, memoryMb: 100, runtime: 'go', extra: 1 } },
      { id: 'x', type: 'nope' },
    ],
  })
  const all = [
    ...checkScenario(wiring),
    ...checkScenario(era2018),
    ...refusals,
    ...(json.ok ? [] : json.issues),
    ...(schema.ok ? [] : schema.issues),
  ]
  // Thousands of node-type pairs give the same few hundred refusals: keep one of each.
  const seen = new Set<string>()
  return all.filter((i) => {
    const id = `${i.path}|${i.code}|${JSON.stringify(i.params ?? {})}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

describe('real issues, rendered', () => {
  const issues = realIssues()
  const enI18n = instance('en')
  const jaI18n = instance('ja')

  it('covers many codes', () => {
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThan(40)
  })

  it('reads every one in Japanese with its values, its reference and no placeholder left', () => {
    for (const issue of issues) {
      const text = issueText(jaI18n, issue)
      expect(text, issue.code).not.toContain('{{')
      expect(text, issue.code).not.toBe(issue.message)
      expect(text, issue.code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
      if (issue.ref) expect(text, issue.code).toContain(`（${issue.ref}）`)
      for (const [name, value] of Object.entries(issue.params ?? {}))
        if (/Id$|^key$|^field$|^securityGroup$|^account$/.test(name))
          expect(text, `${issue.code} ${name}`).toContain(String(value))
    }
  })

  it('formats numbers, months, services and roles for each locale', () => {
    const find = (code: string) => issues.find((i) => i.code === code) as Issue
    expect(issueText(enI18n, find('era.memory2018'))).toBe(
      'In 2018 memory was 128–3,008 MB in 64 MB steps: 3,100 MB was not possible. (§7.1)',
    )
    expect(issueText(jaI18n, find('era.memory2018'))).toBe(
      '2018 年のメモリは 128〜3,008 MB、64 MB 単位でした。3,100 MB は設定できません。（§7.1）',
    )
    expect(issueText(enI18n, find('era.provisioned'))).toContain('came in Dec 2019')
    expect(issueText(jaI18n, find('era.provisioned'))).toContain('2019年12月に追加')
    expect(issueText(jaI18n, find('edge.dlqTarget'))).toContain('Kinesis ストリーム は DLQ になれません')
    expect(issueText(jaI18n, find('concurrency.unreservedFloor'))).toContain(
      'アカウントの同時実行 1,000 のうち 950 が予約されています',
    )
    expect(issueText(jaI18n, find('esm.visibilityBelowTimeout'))).toContain('（30 秒）が関数のタイムアウト（61 秒）')
    expect(issueText(enI18n, find('access.noSgRule'))).toBe(
      "The RDS's security group does not allow “web” in: connections will time out. (§7.5)",
    )
  })

  it('says zod’s limits, types and allowed values in words', () => {
    const at = (path: string) => issues.find((i) => i.path === path && i.code.startsWith('schema.')) as Issue
    expect(issueText(jaI18n, at('nodes[0].config.timeoutMs'))).toBe('大きすぎます。900,000 以下にしてください。')
    expect(issueText(enI18n, at('nodes[0].config.memoryMb'))).toBe('Too small: at least 128.')
    expect(issueText(jaI18n, at('nodes[0].config.runtime'))).toBe(
      '使えない値です。「nodejs」または「python」のいずれかにしてください。',
    )
    expect(issueText(enI18n, at('nodes[0].config.runtime'))).toBe('Not an allowed value: use “nodejs” or “python”.')
    expect(issueText(jaI18n, at('title'))).toBe('型が違うか、値がありません。文字列にしてください。')
    expect(issueText(jaI18n, at('nodes[0].config'))).toBe('ここにはないフィールドです：extra。')
    expect(issueText(jaI18n, at('nodes[1].type'))).toMatch(
      /^不明な type です。「lambda」、「apiGateway」、.*または「[a-zA-Z]+」のいずれかにしてください。$/,
    )
  })

  it('keeps the English detail after a translated kind for zod’s problems, and for a code issued without its params', () => {
    const schema: Issue = {
      path: 'nodes',
      code: 'schema.too_big',
      message: 'Too big: expected array to have <=200 items',
      severity: 'error',
    }
    expect(issueText(jaI18n, schema)).toBe('大きすぎます（Too big: expected array to have <=200 items）')
    expect(issueText(enI18n, schema)).toBe(schema.message)
    const linkJson: Issue = {
      path: 'scenario',
      code: 'json.syntax',
      message: 'The scenario in the link is not valid JSON',
      severity: 'error',
    }
    expect(issueText(jaI18n, linkJson)).toBe('JSON として読めません（The scenario in the link is not valid JSON）')
  })
})
