/** Runs the architecture fences over src/ and exits 1 on any violation (part of `npm run lint`). */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { checkSource, type FenceViolation } from './fences.ts'

const root = process.cwd()

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) yield* walk(full)
    else if (/\.tsx?$/.test(name)) yield full
  }
}

const violations: FenceViolation[] = []
let files = 0
for (const file of walk(join(root, 'src'))) {
  files++
  violations.push(...checkSource(relative(root, file), readFileSync(file, 'utf8')))
}

for (const v of violations) console.error(`${v.file}:${v.line}  ${v.message}`)
if (violations.length > 0) {
  console.error(`\nfences: ${violations.length} violation(s) in ${files} files (see docs/ARCHITECTURE.md)`)
  process.exit(1)
}
console.log(`fences: ${files} files, layers and pure core intact`)
