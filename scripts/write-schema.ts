/**
 * Writes docs/scenario.schema.json from the zod schema (zod 4 `z.toJSONSchema`). A test checks the file is current:
 * run `npx tsx scripts/write-schema.ts` after changing src/model.
 */
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import { SCENARIO_FORMAT, scenarioSchema } from '../src/model/index.ts'

export const SCHEMA_PATH = 'docs/scenario.schema.json'

export function schemaText(): string {
  const schema = z.toJSONSchema(scenarioSchema, { unrepresentable: 'any' })
  const doc = {
    ...schema,
    $id: 'https://lambdascope.dev/schema/scenario@1.json',
    title: SCENARIO_FORMAT,
    description:
      'Lambdascope scenario document. Generated from src/model by scripts/write-schema.ts; ' +
      'semantic rules (references, wiring, era refusals) are in docs/scenario-format.md.',
  }
  return JSON.stringify(doc, null, 2) + '\n'
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_PATH, schemaText())
  console.log(`wrote ${SCHEMA_PATH}`)
}
