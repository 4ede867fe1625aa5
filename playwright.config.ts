import { defineConfig, devices } from '@playwright/test'

// scripts/e2e.mjs decides which Chromium to use and passes it in CHROMIUM_EXECUTABLE
// (Debian's /usr/bin/chromium, CHROMIUM_PATH, or Playwright's own when that is empty).
const executablePath = process.env.CHROMIUM_EXECUTABLE || undefined
const PORT = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results',
  timeout: 90_000, // axe scans are slow on a loaded 2-core machine
  expect: { timeout: 10_000 }, // web-first assertions wait for state; a busy CI machine can take seconds to lazy-load a panel
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 1 : 2,
  reporter: process.env.CI
    ? [['line'], ['json', { outputFile: 'reports/playwright.json' }]]
    : [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'en-US',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          // The machines have no network beyond the package registries: keep Chromium from phoning home.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
