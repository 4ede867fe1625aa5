import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// Two projects: pure code in node, components in jsdom. Playwright specs (e2e/) are never picked up.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      reporters: process.env.CI ? ['default', 'json'] : ['default'],
      outputFile: { json: 'reports/vitest.json' },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
            setupFiles: ['./src/test/setupRunEngine.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
            setupFiles: ['./src/test/setupRunEngine.ts', './src/test/setupDom.ts'],
            testTimeout: 20_000, // whole-app renders are slow when the 2 cores are shared
          },
        },
      ],
    },
  }),
)
