/**
 * CLI: npm run import -- <template.yaml|template.json> [--param Name=Value …] [--no-traffic]
 *   prints the scenario (lambdascope/scenario@1, laid out) as JSON on stdout, and the import report (resources not
 *   simulated, with the reason; notes such as parameters that took their default) on stderr.
 * Bad input exits 2 with located messages (file:line:column: message [code]); nothing is printed on stdout then.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import {
  importTemplate,
  type ImportNote,
  type ImportOptions,
  type UnsupportedItem,
} from '../src/model/template/index.ts'
import { withLayout } from '../src/store/importLayout.ts'

export interface CliOutput {
  code: number
  stdout: string
  stderr: string
}

const USAGE = 'usage: npm run import -- <template.yaml|template.json> [--param Name=Value …] [--no-traffic]'
const fail = (message: string): CliOutput => ({ code: 2, stdout: '', stderr: `${message}\n` })

const formatParams = (params: Record<string, string | number>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')
const formatUnsupported = (file: string, u: UnsupportedItem) =>
  `${file}:${u.line ?? 1}: not simulated: ${u.logicalId} (${u.type}) [${u.reasonCode}]`
const formatNote = (file: string, n: ImportNote) => `${file}:${n.line ?? 1}: note [${n.code}] ${formatParams(n.params)}`

export function runImport(argv: readonly string[], readFile: (path: string) => string): CliOutput {
  let file: string | undefined
  // Null prototype: `--param __proto__=x` must stay an ordinary (unknown) parameter name.
  const parameters = Object.create(null) as Record<string, string>
  const options: ImportOptions = { parameters }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--param') {
      const v = argv[++i]
      const eq = v?.indexOf('=') ?? -1
      if (v === undefined || eq <= 0) return fail(`--param needs Name=Value\n${USAGE}`)
      parameters[v.slice(0, eq)] = v.slice(eq + 1)
    } else if (a === '--no-traffic') options.sampleTraffic = false
    else if (a.startsWith('--')) return fail(`unknown option ${a}\n${USAGE}`)
    else if (file === undefined) file = a
    else return fail(`unexpected argument ${a}\n${USAGE}`)
  }
  if (file === undefined) return fail(`missing <template>\n${USAGE}`)
  let text: string
  try {
    text = readFile(file)
  } catch (e) {
    return fail(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`)
  }
  const result = importTemplate(text, options)
  if (!result.ok)
    return fail(
      result.errors.map((e) => `${file}:${e.line}:${e.column}: ${e.path}: ${e.message} [${e.code}]`).join('\n'),
    )
  const report = [
    ...result.report.unsupported.map((u) => formatUnsupported(file, u)),
    ...result.report.notes.map((n) => formatNote(file, n)),
  ]
  const { nodes, edges } = result.scenario
  const summary =
    `${file}: imported ${nodes.length} nodes, ${edges.length} wires; ` +
    `${result.report.unsupported.length} not simulated`
  return {
    code: 0,
    stdout: `${JSON.stringify(withLayout(result.scenario), null, 2)}\n`,
    stderr: `${[...report, summary].join('\n')}\n`,
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = runImport(process.argv.slice(2), (p) => readFileSync(p, 'utf8'))
  process.stdout.write(out.stdout)
  process.stderr.write(out.stderr)
  process.exitCode = out.code
}
