#!/usr/bin/env node
// Runs the Playwright suite in a real Chromium. Which one:
//   1. CHROMIUM_PATH, when set and non-empty;
//   2. Debian's /usr/bin/chromium (what .ci/run installs);
//   3. Playwright's own Chromium, installed with `npx playwright install chromium` when missing.
// Extra arguments go to `playwright test` (e.g. `npm run test:e2e -- e2e/shell.spec.ts`).
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const extra = process.argv.slice(2)
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' })

function pickChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) {
      console.error(`e2e: CHROMIUM_PATH=${fromEnv} does not exist. Unset it, or point it at a Chromium binary.`)
      process.exit(1)
    }
    return fromEnv
  }
  if (fromEnv === undefined && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return '' // Playwright's bundled browser
}

const chromium = pickChromium()
if (chromium === '') {
  const { chromium: pw } = await import('@playwright/test')
  if (!existsSync(pw.executablePath())) {
    console.log("e2e: no system Chromium found; installing Playwright's Chromium (npx playwright install chromium)…")
    const r = run('npx', ['playwright', 'install', 'chromium'])
    if (r.status !== 0) {
      console.error(
        [
          "e2e: could not install Playwright's Chromium.",
          'Do one of these, then run `npm test` again:',
          '  • Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)',
          '  • any OS with a Chromium or Chrome: CHROMIUM_PATH=/path/to/chrome npm test',
          '  • with network access: npx playwright install chromium',
        ].join('\n'),
      )
      process.exit(1)
    }
  }
  console.log("e2e: using Playwright's Chromium")
} else {
  console.log(`e2e: using ${chromium}`)
}

const r = run('npx', ['playwright', 'test', ...extra], { CHROMIUM_EXECUTABLE: chromium })
process.exit(r.status ?? 1)
