/**
 * CLI: npm run export -- <subcommand> …
 *   local-test <scenario.json> --function <id> [--runtime node|python] --out <dir>
 *     writes a handler stub, the function's first invocation's event (event.json), a fake context and a test that runs
 *     with `node --test` or `python3 -m unittest` (§9, §11).
 *   sam <scenario.json>
 *     prints the scenario as an AWS SAM template (what it cannot express is listed in its top comment block).
 *   experiment <scenario.json> --out <dir>
 *     writes the runnable experiment: template.yaml, a handler that plays the faults, driver.mjs and a README.
 * Subcommands live in SUBCOMMANDS. Bad input exits 2 with a located message; nothing is written.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { experimentFiles, localTestFiles, MAX_EXPERIMENT_EVENTS, type ExportFile } from '../src/exporters/index.ts'
import {
  exportSam,
  parseScenarioJson,
  resolveScenario,
  type Issue,
  type Runtime,
  type Scenario,
} from '../src/model/index.ts'
import { simulate } from '../src/sim/index.ts'
import { contextInputOf, firstInvocationOf, predictedEvents } from '../src/sim/views/index.ts'

export interface ExportIo {
  readFile(path: string): string
  /** Writes every file under `dir` (created as needed). */
  writeFiles(dir: string, files: readonly ExportFile[]): void
}

export interface CliOutput {
  code: number
  stdout: string
  stderr: string
}

const USAGE = `usage: npm run export -- <subcommand> …
  local-test <scenario.json> --function <id> [--runtime node|python] --out <dir>
  sam <scenario.json>
  experiment <scenario.json> --out <dir>`

const fail = (message: string): CliOutput => ({ code: 2, stdout: '', stderr: `${message}\n` })
const formatIssue = (file: string, i: Issue) =>
  `${file}: ${i.path}: ${i.message} [${i.code}${i.ref ? ` ${i.ref}` : ''}]`

interface LocalTestArgs {
  file: string
  functionId: string
  runtime: Runtime
  out: string
}

function parseLocalTest(argv: readonly string[]): LocalTestArgs | string {
  let file: string | undefined
  let functionId: string | undefined
  let runtime: Runtime = 'nodejs'
  let out: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const v = argv[i + 1]
    if (a === '--function' || a === '--runtime' || a === '--out') {
      if (v === undefined || v.startsWith('--')) return `local-test: ${a} needs a value`
      i++
      if (a === '--function') functionId = v
      else if (a === '--out') out = v
      else if (v === 'node' || v === 'nodejs') runtime = 'nodejs'
      else if (v === 'python') runtime = 'python'
      else return `local-test: --runtime is node or python, not "${v}"`
    } else if (a.startsWith('--')) return `local-test: unknown option ${a}`
    else if (file === undefined) file = a
    else return `local-test: unexpected argument ${a}`
  }
  if (file === undefined) return 'local-test: missing <scenario.json>'
  if (functionId === undefined) return 'local-test: missing --function <id>'
  if (out === undefined) return 'local-test: missing --out <dir>'
  return { file, functionId, runtime, out }
}

function localTest(argv: readonly string[], io: ExportIo): CliOutput {
  const args = parseLocalTest(argv)
  if (typeof args === 'string') return fail(`${args}\n${USAGE}`)
  let text: string
  try {
    text = io.readFile(args.file)
  } catch (e) {
    return fail(`cannot read ${args.file}: ${e instanceof Error ? e.message : String(e)}`)
  }
  const parsed = parseScenarioJson(text)
  if (!parsed.ok)
    return fail(
      parsed.issues
        .filter((i) => i.severity === 'error')
        .map((i) => formatIssue(args.file, i))
        .join('\n'),
    )
  const index = parsed.scenario.nodes.findIndex((n) => n.id === args.functionId)
  const node = parsed.scenario.nodes[index]
  if (!node)
    return fail(
      `${args.file}: nodes: no node has the id "${args.functionId}" (functions: ${
        parsed.scenario.nodes
          .filter((n) => n.type === 'lambda')
          .map((n) => n.id)
          .join(', ') || 'none'
      })`,
    )
  if (node.type !== 'lambda')
    return fail(`${args.file}: nodes[${index}]: "${args.functionId}" is a ${node.type}, not a Lambda function`)
  // The function's runtime comes from --runtime; the document's own setting is only the default.
  const resolved = resolveScenario(parsed.scenario)
  const inv = firstInvocationOf(simulate(resolved), resolved, args.functionId)
  if (!inv)
    return fail(
      `${args.file}: nodes[${index}]: "${args.functionId}" is never invoked in this scenario: ` +
        'add traffic to one of its sources',
    )
  const ctx = contextInputOf(resolved, inv)!
  const files = localTestFiles({
    runtime: args.runtime,
    functionId: args.functionId,
    event: inv.event,
    context: ctx,
    sourceType: inv.sourceType,
  })
  io.writeFiles(args.out, files)
  const run = args.runtime === 'python' ? 'python3 -m unittest' : 'node --test'
  return {
    code: 0,
    stdout:
      `wrote ${files.length} files to ${args.out} ` +
      `(event of ${inv.requestId}, attempt ${inv.attempt}, from ${inv.sourceId}); run: cd ${args.out} && ${run}\n`,
    stderr: '',
  }
}

/** Reads and validates the scenario file, or the located message to exit 2 with. */
function readScenario(file: string, io: ExportIo): Scenario | CliOutput {
  let text: string
  try {
    text = io.readFile(file)
  } catch (e) {
    return fail(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`)
  }
  const parsed = parseScenarioJson(text)
  if (!parsed.ok)
    return fail(
      parsed.issues
        .filter((i) => i.severity === 'error')
        .map((i) => formatIssue(file, i))
        .join('\n'),
    )
  return parsed.scenario
}

const isOutput = (v: Scenario | CliOutput): v is CliOutput => 'code' in v

function sam(argv: readonly string[], io: ExportIo): CliOutput {
  const [file, ...extra] = argv
  if (file === undefined || file.startsWith('--')) return fail(`sam: missing <scenario.json>\n${USAGE}`)
  if (extra.length > 0) return fail(`sam: unexpected argument ${extra[0]}\n${USAGE}`)
  const scenario = readScenario(file, io)
  if (isOutput(scenario)) return scenario
  return { code: 0, stdout: exportSam(scenario).yaml, stderr: '' }
}

function experiment(argv: readonly string[], io: ExportIo): CliOutput {
  let file: string | undefined
  let out: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--out') {
      const v = argv[i + 1]
      if (v === undefined || v.startsWith('--')) return fail(`experiment: --out needs a value\n${USAGE}`)
      out = v
      i++
    } else if (a.startsWith('--')) return fail(`experiment: unknown option ${a}\n${USAGE}`)
    else if (file === undefined) file = a
    else return fail(`experiment: unexpected argument ${a}\n${USAGE}`)
  }
  if (file === undefined) return fail(`experiment: missing <scenario.json>\n${USAGE}`)
  if (out === undefined) return fail(`experiment: missing --out <dir>\n${USAGE}`)
  const scenario = readScenario(file, io)
  if (isOutput(scenario)) return scenario
  if (!scenario.nodes.some((n) => n.type === 'lambda'))
    return fail(`${file}: nodes: the scenario has no Lambda function to experiment on`)
  const predicted = predictedEvents(simulate(resolveScenario(scenario)), MAX_EXPERIMENT_EVENTS + 1)
  const bundle = experimentFiles(scenario, predicted)
  io.writeFiles(out, bundle.files)
  return {
    code: 0,
    stdout:
      `wrote ${bundle.files.length} files to ${out}; see ${out}/README.md ` +
      '(sam build && sam deploy --guided, then node driver.mjs --stack <name>)\n',
    stderr: '',
  }
}

const SUBCOMMANDS: Record<string, (argv: readonly string[], io: ExportIo) => CliOutput> = {
  'local-test': localTest,
  sam,
  experiment,
}

export function runExport(argv: readonly string[], io: ExportIo): CliOutput {
  const [sub, ...rest] = argv
  if (sub === undefined) return fail(`missing subcommand\n${USAGE}`)
  const run = SUBCOMMANDS[sub]
  if (!run) return fail(`unknown subcommand "${sub}" (known: ${Object.keys(SUBCOMMANDS).join(', ')})\n${USAGE}`)
  return run(rest, io)
}

const diskIo: ExportIo = {
  readFile: (p) => readFileSync(p, 'utf8'),
  writeFiles: (dir, files) => {
    mkdirSync(dir, { recursive: true })
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true })
      writeFileSync(join(dir, f.path), f.content)
    }
  },
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = runExport(process.argv.slice(2), diskIo)
  process.stdout.write(out.stdout)
  process.stderr.write(out.stderr)
  process.exitCode = out.code
}
