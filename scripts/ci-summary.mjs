#!/usr/bin/env node
// Prints the one line CI reads: `N passed, N failed, N skipped`, summed over vitest and Playwright JSON reports.
// A step that failed before its runner wrote a report counts as one failure, so a red run never reads as green.
import { existsSync, readFileSync } from 'node:fs'

const npmStatus = Number(process.argv[2] ?? 0)
let passed = 0
let failed = 0
let skipped = 0
const missing = []

if (existsSync('reports/vitest.json')) {
  const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'))
  passed += v.numPassedTests
  failed += v.numFailedTests
  skipped += v.numPendingTests + v.numTodoTests
  if (!v.success && v.numFailedTests === 0) failed += 1 // e.g. an unhandled error outside a test
} else missing.push('vitest')

if (existsSync('reports/playwright.json')) {
  const p = JSON.parse(readFileSync('reports/playwright.json', 'utf8'))
  passed += p.stats.expected
  failed += p.stats.unexpected + p.stats.flaky
  skipped += p.stats.skipped
  if (p.errors?.length) failed += p.errors.length
} else missing.push('playwright')

if (npmStatus !== 0 && failed === 0) {
  failed = 1 // lint, typecheck or build failed, or a runner never reported
  console.log(`ci: npm test exited ${npmStatus}${missing.length ? ` (no report from ${missing.join(', ')})` : ''}`)
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
