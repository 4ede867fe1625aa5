/**
 * Exports every example (examples/*.json), every export test scenario (src/model/export/sam/scenarios/*.json) and the
 * import of every corpus template (src/model/template/corpus/*, real-world-shaped templates) as a SAM template and
 * checks each with `cfn-lint` and the SAM translator's transform (scripts/sam-transform.py), the two tools AWS's own
 * pipeline uses. Usage: npm run check:sam. When the Python tools are not installed it says so and exits 0 (they come
 * from PyPI; CI tries to install them first).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { exportSam, parseScenarioJson } from '../src/model/index.ts'
import { importTemplate } from '../src/model/template/index.ts'

export const SAM_SCENARIO_DIRS = ['examples', 'src/model/export/sam/scenarios'] as const
/** Templates imported, then exported: what a user who opens their own template and exports it again gets. */
export const SAM_CORPUS_DIR = 'src/model/template/corpus'

export function scenarioFiles(): string[] {
  return [
    ...SAM_SCENARIO_DIRS.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(d, f)),
    ),
    ...readdirSync(SAM_CORPUS_DIR)
      .sort()
      .map((f) => join(SAM_CORPUS_DIR, f)),
  ]
}

/** The scenario a file holds: a scenario document, or (in the corpus) a template to import. */
function scenarioOf(file: string): ReturnType<typeof parseScenarioJson> {
  const text = readFileSync(file, 'utf8')
  if (!file.startsWith(SAM_CORPUS_DIR)) return parseScenarioJson(text)
  const r = importTemplate(text)
  return r.ok
    ? { ok: true, scenario: r.scenario, warnings: [] }
    : {
        ok: false,
        issues: r.errors.map((e) => ({
          path: `${e.line}:${e.column}`,
          code: e.code,
          message: e.message,
          severity: 'error' as const,
        })),
      }
}

/** Why the check cannot run here, or null when cfn-lint and samtranslator are both installed. */
export function missingTools(): string | null {
  const lint = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' })
  if (lint.status !== 0) return 'cfn-lint is not installed (python3 -m pip install --user cfn-lint)'
  const sam = spawnSync('python3', ['-c', 'import samtranslator, cfnlint'], { encoding: 'utf8' })
  if (sam.status !== 0) return 'python3 cannot import samtranslator (python3 -m pip install --user aws-sam-translator)'
  return null
}

export interface SamCheck {
  file: string
  ok: boolean
  output: string
}

/**
 * Writes each scenario's template to a temporary folder and runs both tools once over all of them (each Python start
 * costs seconds on a busy machine); a template fails when either tool reports it.
 */
export function checkSam(files: readonly string[]): SamCheck[] {
  const dir = mkdtempSync(join(tmpdir(), 'lambdascope-sam-'))
  try {
    const written: { file: string; template: string; invalid: string | null }[] = files.map((file) => {
      const parsed = scenarioOf(file)
      const template = join(dir, file.replace(/[\\/]/g, '_').replace(/\.(json|ya?ml)$/, '.yaml'))
      if (!parsed.ok)
        return {
          file,
          template,
          invalid: `not a valid scenario: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        }
      writeFileSync(template, exportSam(parsed.scenario).yaml)
      return { file, template, invalid: null }
    })
    const templates = written.filter((w) => w.invalid === null).map((w) => w.template)
    const lint = spawnSync('cfn-lint', ['--format', 'parseable', '--', ...templates], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const transform = spawnSync('python3', [join('scripts', 'sam-transform.py'), ...templates], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const lines = `${lint.stdout}\n${lint.stderr}\n${transform.stdout}\n${transform.stderr}`.split('\n')
    return written.map(({ file, template, invalid }) => {
      if (invalid !== null) return { file, ok: false, output: invalid }
      const mine = lines.filter((l) => l.startsWith(template))
      const ok = mine.length === 1 && / ok \(\d+ CloudFormation resources\)$/.test(mine[0]!)
      return { file, ok, output: mine.join('\n') }
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const missing = missingTools()
  if (missing !== null) {
    process.stdout.write(`check-sam: SKIPPED: ${missing}\n`)
  } else {
    const results = checkSam(scenarioFiles())
    for (const r of results) process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.file}${r.ok ? '' : `\n${r.output}`}\n`)
    const failed = results.filter((r) => !r.ok).length
    process.stdout.write(
      `check-sam: ${results.length - failed} passed cfn-lint and the SAM transform, ${failed} failed\n`,
    )
    process.exitCode = failed > 0 ? 1 : 0
  }
}
