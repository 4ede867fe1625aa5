import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SCHEMA_PATH, schemaText } from './write-schema.ts'

describe('docs/scenario.schema.json', () => {
  it('is current with src/model (run: npx tsx scripts/write-schema.ts)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText())
  })
  it('describes every node type', () => {
    const text = schemaText()
    for (const t of ['lambda', 'apiGateway', 'kinesis', 'dynamoDbStream', 'sqs', 'vpc', 'rds', 'account'])
      expect(text).toContain(`"const": "${t}"`)
  })
})
