import { describe, expect, it } from 'vitest'
import { checkSam, missingTools, scenarioFiles } from './check-sam.ts'

const missing = missingTools()
// CI machines may lack the Python tools (PyPI); say so loudly rather than pass silently or fail.
if (missing !== null) console.warn(`samTemplates.test.ts: SKIPPING cfn-lint / SAM transform checks: ${missing}`)

describe('exported SAM templates', () => {
  it('there are scenarios to export', () => expect(scenarioFiles().length).toBeGreaterThanOrEqual(10))
  it.skipIf(missing !== null)(
    'every example and export scenario passes cfn-lint and the SAM translator transform',
    () => {
      const results = checkSam(scenarioFiles())
      const failures = results.filter((r) => !r.ok).map((r) => `${r.file}:\n${r.output}`)
      expect(failures).toEqual([])
    },
    600_000,
  )
})
