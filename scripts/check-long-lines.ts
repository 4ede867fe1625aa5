/** Runs the long-line rule (longLines.ts) over src/ and scripts/; exits 1 on a problem (part of `npm run lint`). */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { coveredFile, longLineProblems, longLinesOf, MAX_COLUMNS } from './longLines.ts'

const root = process.cwd()

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) yield* walk(full)
    else yield relative(root, full).replaceAll('\\', '/')
  }
}

const files = [...walk(join(root, 'src')), ...walk(join(root, 'scripts'))].filter(coveredFile)
const found = files.flatMap((f) => longLinesOf(f, readFileSync(join(root, f), 'utf8')))
const problems = longLineProblems(found)
for (const p of problems) console.error(p)
if (problems.length > 0) process.exit(1)
console.log(`long lines: ${files.length} files, ${found.length} over ${MAX_COLUMNS} characters, each marked with why`)
