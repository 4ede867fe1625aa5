import { ERAS, parseScenario, type Issue, type Scenario } from '../model'
import { bundledExampleNames, unknownExampleIssue } from './share/bundledExamples'

/** The bundled examples (examples/*.json), by file name without extension. Local files: nothing is fetched. */
const EXAMPLES = import.meta.glob<{ default: unknown }>('../../examples/*.json', { eager: true })

export const exampleNames = bundledExampleNames

export type ExampleLoad =
  { kind: 'none' } | { kind: 'ok'; name: string; scenario: Scenario } | { kind: 'error'; name: string; issues: Issue[] }

/**
 * `?example=s3-dlq` opens a bundled example (tests, docs links, training rooms); `&era=current|2018` shows the same
 * architecture in the other era (§12). An unknown name, era or a broken example is reported, never silently ignored.
 */
export function exampleFromSearch(search: string): ExampleLoad {
  const inline = new URLSearchParams(search).get('scenario')
  if (inline !== null) {
    // `?scenario=<JSON>`: a whole document in the link (benchmarks, generated demos); validated like any file
    let value: unknown
    try {
      value = JSON.parse(inline)
    } catch {
      return {
        kind: 'error',
        name: 'scenario',
        issues: [
          {
            path: 'scenario',
            code: 'json.syntax',
            message: 'The scenario in the link is not valid JSON',
            severity: 'error',
          },
        ],
      }
    }
    const parsed = parseScenario(value)
    return parsed.ok
      ? { kind: 'ok', name: 'scenario', scenario: parsed.scenario }
      : { kind: 'error', name: 'scenario', issues: parsed.issues }
  }
  const name = new URLSearchParams(search).get('example')
  if (name === null || name === '') return { kind: 'none' }
  const entry = Object.entries(EXAMPLES).find(([p]) => p.endsWith(`/${name}.json`))
  if (!entry) return { kind: 'error', name, issues: [unknownExampleIssue(name)] }
  const era = new URLSearchParams(search).get('era')
  if (era !== null && !(ERAS as readonly string[]).includes(era))
    return {
      kind: 'error',
      name,
      issues: [
        {
          path: 'era',
          code: 'example.era',
          message: `Unknown era "${era}": use ${ERAS.join(' or ')}`,
          severity: 'error',
          params: { era, eras: ERAS.join(' / ') },
        },
      ],
    }
  const doc = entry[1].default as Record<string, unknown>
  const parsed = parseScenario(era === null ? doc : { ...doc, era })
  return parsed.ok ? { kind: 'ok', name, scenario: parsed.scenario } : { kind: 'error', name, issues: parsed.issues }
}
