/** Runs the architecture fences over src/ and exits 1 on any violation (part of `npm run lint`). */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { checkSource, type FenceViolation } from './fences.ts'
import { importCycles } from './importCycles.ts'

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

// The engine builds bottom-up (kernel ← functions ← push, pollers ← simulate): no loop of imports inside src/sim.
const simFiles = new Map<string, string>()
for (const file of walk(join(root, 'src', 'sim')))
  simFiles.set(relative(root, file).replaceAll('\\', '/'), readFileSync(file, 'utf8'))
for (const loop of importCycles(simFiles))
  violations.push({ file: loop[0]!, line: 1, message: `import cycle in src/sim: ${loop.join(' → ')}` })

for (const v of violations) console.error(`${v.file}:${v.line}  ${v.message}`)
if (violations.length > 0) {
  console.error(`\nfences: ${violations.length} violation(s) in ${files} files (see docs/ARCHITECTURE.md)`)
  process.exit(1)
}
console.log(`fences: ${files} files, layers and pure core intact`)
