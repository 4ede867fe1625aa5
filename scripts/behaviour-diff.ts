/**
 * Behaviour unchanged, checked: `tsx scripts/behaviour-diff.ts <base dir> [<head dir>]` feeds every example
 * (examples/*.json) and every lesson scenario (each lesson's document and each step's replacement document) of the
 * checkout the script runs from to the simulate CLI of two checkouts (`runCli(file, --format json)`, the function
 * `npm run simulate` calls; head defaults to this checkout) and prints, per scenario, whether the JSON output is the
 * same. A base is an older commit unpacked elsewhere (`git worktree add --detach /tmp/before12 <sha>`, or
 * `git archive <sha> src scripts | tar -x -C dir`, with a symlink to this node_modules). Both sides get the same
 * input file, so a difference is the engine's, not the example's. Exit code 0 whatever the result: an old base may
 * differ on purpose (docs/refactor-check.md traces each difference to its commit).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { getHeapStatistics } from 'node:v8'
import { LESSONS } from '../src/lessons/catalogue.ts'

interface CliOutput {
  code: number
  stdout: string
  stderr: string
}
type RunCli = (argv: readonly string[], readFile: (p: string) => string, host?: object) => CliOutput

export interface ScenarioInput {
  /** What the report calls it: `examples/x.json` or `lesson:<id>` / `lesson:<id>#<step>`. */
  name: string
  json: string
}

/** Every scenario a user can open by name: the examples and the lessons' documents. */
export function scenarioInputs(root: string): ScenarioInput[] {
  const dir = join(root, 'examples')
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: `examples/${f}`, json: readFileSync(join(dir, f), 'utf8') }))
  const lessons = LESSONS.flatMap((l) => [
    { name: `lesson:${l.id}`, json: JSON.stringify(l.scenario, null, 2) },
    ...l.steps.flatMap((s) =>
      s.scenario ? [{ name: `lesson:${l.id}#${s.id}`, json: JSON.stringify(s.scenario) }] : [],
    ),
  ])
  return [...examples, ...lessons]
}

/** Where two outputs part: the first differing line (1-based) and both lines, cut short. */
export function firstDifference(a: string, b: string): { line: number; base: string; head: string } | null {
  if (a === b) return null
  const al = a.split('\n')
  const bl = b.split('\n')
  let i = 0
  while (i < al.length && i < bl.length && al[i] === bl[i]) i++
  const cut = (s: string | undefined) => (s === undefined ? '(end of output)' : s.trim().slice(0, 100))
  return { line: i + 1, base: cut(al[i]), head: cut(bl[i]) }
}

function firstIssue(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '')
  return (lines[1] ?? lines[0] ?? '').trim().slice(0, 110)
}

async function cliOf(checkout: string): Promise<RunCli> {
  const mod = (await import(pathToFileURL(join(checkout, 'scripts', 'simulate.ts')).href)) as { runCli: RunCli }
  return mod.runCli
}

async function main(argv: readonly string[]): Promise<void> {
  const [baseArg, headArg] = argv
  if (baseArg === undefined) {
    console.error('usage: tsx scripts/behaviour-diff.ts <base checkout dir> [<head checkout dir>, default: this one]')
    process.exit(2)
  }
  const head = resolve(headArg ?? process.cwd())
  const base = resolve(baseArg)
  const [headCli, baseCli] = [await cliOf(head), await cliOf(base)]
  const host = { heapLimitBytes: getHeapStatistics().heap_size_limit }
  const tmp = mkdtempSync(join(tmpdir(), 'behaviour-diff-'))
  const read = (p: string) => readFileSync(p, 'utf8')
  const tally = { same: 0, different: 0, refused: 0 }
  try {
    for (const input of scenarioInputs(process.cwd())) {
      const file = join(tmp, `${input.name.replace(/[^a-z0-9.-]+/gi, '_')}.json`)
      writeFileSync(file, input.json)
      const args = [file, '--format', 'json']
      const [b, h] = [baseCli(args, read, host), headCli(args, read, host)]
      if (b.code !== 0 || h.code !== 0) {
        tally.refused++
        // The first located issue (the line after the file's count of errors).
        const why = (o: CliOutput) => `exit ${o.code}${o.code ? `: ${firstIssue(o.stderr)}` : ''}`
        console.log(`refused    ${input.name} (base ${why(b)}; head ${why(h)})`)
        continue
      }
      const d = firstDifference(b.stdout, h.stdout)
      if (d === null) tally.same++
      else tally.different++
      console.log(
        d === null
          ? `same       ${input.name}`
          : `different  ${input.name} (line ${d.line}: base ${d.base} | head ${d.head})`,
      )
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  const counts = `${tally.same} same, ${tally.different} different, ${tally.refused} not run by both`
  console.log(`\n${counts} (base ${base}, head ${head})`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv.slice(2))
