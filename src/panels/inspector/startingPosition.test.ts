import { describe, expect, it } from 'vitest'
import { en } from '../../i18n/en/index.ts'
import { ja } from '../../i18n/ja/index.ts'
import { edgeFields } from './fieldSpecs'

/**
 * Issue #14, StartingPosition (docs/aws-rules.md §3.1; API_CreateEventSourceMapping: required for Kinesis and
 * DynamoDB Streams, no default). The format keeps a default (LATEST), so the inspector must say AWS has none; the SAM
 * export writes it explicitly (src/model/export/sam/exportSam.test.ts).
 */
describe('StartingPosition in the inspector (§3.1)', () => {
  it.each(['kinesis', 'dynamoDbStream'] as const)(
    'a %s mapping shows that AWS has no default, and nothing else takes the hint line',
    (from) => {
      const spec = edgeFields('eventSourceMapping', from).find((f) => f.id === 'startingPosition')!
      expect(spec).toMatchObject({ note: 'startingPositionRequired', ref: '§3.1', widget: 'enum' })
      // Field.tsx shows the note only when no era reason, range note or hint comes first.
      expect(spec.hint).toBeUndefined()
      expect(spec.rangeNote).toBeUndefined()
      expect(spec.era).toBeUndefined()
    },
  )

  it('SQS mappings have no starting position', () => {
    expect(edgeFields('eventSourceMapping', 'sqs').some((f) => f.id === 'startingPosition')).toBe(false)
  })

  it('the note says so in English and Japanese, naming the API field', () => {
    expect(en.inspector.notes.startingPositionRequired).toMatch(/AWS has no default.*StartingPosition.*LATEST/)
    expect(ja.inspector.notes.startingPositionRequired).toMatch(/StartingPosition/)
    expect(ja.inspector.notes.startingPositionRequired).toMatch(/LATEST/)
  })
})
