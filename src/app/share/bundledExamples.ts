/**
 * The bundled examples (examples/*.json) as text, each its own small chunk: only the one a URL asks for is fetched.
 * They are our own documents, kept valid by a unit test (bundledExamples.test.ts), so a first frame may show one
 * without the schema (zod): the editor's `?example=` start (share/openAtStart.ts) and the embed's first frame
 * (embed/firstFrame/peek.ts). No model code here, only the located issue for a name that does not exist.
 */
import type { Issue } from '../../model/issues'

const TEXTS = import.meta.glob<string>('../../../examples/*.json', { query: '?raw', import: 'default' })

const nameOf = (path: string) => path.replace(/^.*\/([^/]+)\.json$/, '$1')

/** The examples' names (file names without `.json`), sorted. */
export const bundledExampleNames = (): string[] => Object.keys(TEXTS).map(nameOf).sort()

/** The example's text, or null when there is none of that name. */
export function loadExampleText(name: string): Promise<string> | null {
  const load = Object.entries(TEXTS).find(([path]) => nameOf(path) === name)?.[1]
  return load ? load() : null
}

/** `?example=<name>` names no bundled example: the names that exist, located at `example`. */
export function unknownExampleIssue(name: string): Issue {
  const names = bundledExampleNames().join(', ')
  return {
    path: 'example',
    code: 'example.unknown',
    message: `No example named "${name}": use one of ${names}`,
    severity: 'error',
    params: { name, names },
  }
}
