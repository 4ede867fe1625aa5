import { describe, expect, it } from 'vitest'
import { initI18n, i18next, registerLocale } from '../../i18n'
import { ja } from '../../i18n/ja/index'
import { parseScenario, resolveScenario } from '../../model'
import { simulate } from '../../sim'
import { buildLogLines } from '../eventLog/buildLogLines'
import { translatorOf } from './translate'

initI18n('en')
registerLocale('ja', ja)

const EXAMPLES = import.meta.glob<unknown>('../../../examples/*.json', { import: 'default', eager: true })
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * #15: nothing a user reads names an engine id. Every bundled example's whole run, narrated (the log and the caption
 * strip read the same lines) in English and Japanese, may not contain an edge id (`a->b`), a batch key (`…/b150`),
 * an environment key (`worker#3`) or the id of a node whose label differs from it.
 */
describe('narration shows no internal id', () => {
  it('has examples to check', () => expect(Object.keys(EXAMPLES).length).toBeGreaterThanOrEqual(12))

  for (const [path, doc] of Object.entries(EXAMPLES)) {
    it(`${path.split('/').pop()}: en and ja`, () => {
      const parsed = parseScenario(doc)
      if (!parsed.ok) throw new Error(`${path}: ${parsed.issues.map((i) => i.message).join('; ')}`)
      const scenario = resolveScenario(parsed.scenario)
      const result = simulate(scenario)
      const patterns: RegExp[] = [/\/b\d+/, /[A-Za-z0-9_-]#\d+/]
      const idPatterns: RegExp[] = []
      for (const e of scenario.edges) if (/[-_0-9>]/.test(e.id)) patterns.push(new RegExp(escape(e.id)))
      // An id that is a plain word ("orders", "replay") cannot be told from prose: ids with a - _ > or digit can.
      for (const n of scenario.nodes)
        if (n.label !== n.id && /[-_0-9]/.test(n.id))
          idPatterns.push(new RegExp(`(?<![A-Za-z0-9_-])${escape(n.id)}(?![A-Za-z0-9_-])`))
      // Labels are what a user named the nodes: they may contain anything (an id among them).
      const labels = scenario.nodes.map((n) => n.label).sort((a, b) => b.length - a.length)
      const unlabelled = (text: string) => labels.reduce((acc, l) => acc.split(l).join(' '), text)
      for (const lng of ['en', 'ja'] as const) {
        const lines = buildLogLines(result, scenario, translatorOf(i18next, lng))
        expect(lines.length).toBeGreaterThan(0)
        const leaks = lines.flatMap((l) =>
          [...patterns.filter((p) => p.test(l.text)), ...idPatterns.filter((p) => p.test(unlabelled(l.text)))].map(
            (p) => `${p} in “${l.text}”`,
          ),
        )
        expect(leaks.slice(0, 5), `${leaks.length} lines leak an id`).toEqual([])
      }
    })
  }
})
