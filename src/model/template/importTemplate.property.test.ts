/**
 * Mangled templates never throw, and every error is located (a line and column inside the text). 10,000 runs in all:
 * text mangling of the corpus (cuts, insertions of YAML/JSON syntax, duplicated and swapped slices) and structured
 * templates with arbitrary property values under the resource types we map.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROPERTY_TIMEOUT_MS } from '../../test/timeouts.ts'
import { parseScenario } from '../parse.ts'
import { importTemplate } from './importTemplate.ts'
import type { ImportResult } from './types.ts'

const CORPUS = Object.values(import.meta.glob<string>('./corpus/*', { query: '?raw', import: 'default', eager: true }))
const SYNTAX = [
  ':',
  '- ',
  '!Ref ',
  '!GetAtt ',
  '!Sub ',
  '!If [',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '\t',
  '\n',
  '  ',
  '&a ',
  '*a',
  '#',
  '|',
  '>',
  ',',
  '${',
  '\\',
  '\u0000',
  '__proto__: 1\n',
]

function assertLocated(text: string, r: ImportResult): void {
  if (r.ok) {
    expect(parseScenario(r.scenario).ok).toBe(true)
    return
  }
  const lines = text.split('\n').length
  expect(r.errors.length).toBeGreaterThan(0)
  for (const e of r.errors) {
    expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines + 1).toBe(true)
    expect(Number.isInteger(e.column) && e.column >= 1).toBe(true)
    expect(e.code).toMatch(/^template\./)
    expect(e.message.length).toBeGreaterThan(0)
  }
}

const edit = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 6 })),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('swap' as const),
    at: fc.nat(),
    other: fc.nat(),
    length: fc.integer({ min: 1, max: 60 }),
  }),
)
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never

function apply(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % text.length
  switch (e.kind) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + e.length)
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at)
    case 'duplicate':
      return text.slice(0, at + e.length) + text.slice(at, at + e.length) + text.slice(at + e.length)
    case 'swap': {
      const b = text.length === 0 ? 0 : e.other % text.length
      const [x, y] = at < b ? [at, b] : [b, at]
      if (y < x + e.length) return text
      return (
        text.slice(0, x) +
        text.slice(y, y + e.length) +
        text.slice(x + e.length, y) +
        text.slice(x, x + e.length) +
        text.slice(y + e.length)
      )
    }
  }
}

const TYPES = [
  'AWS::Serverless::Function',
  'AWS::Lambda::Function',
  'AWS::Lambda::EventSourceMapping',
  'AWS::Lambda::EventInvokeConfig',
  'AWS::Lambda::Permission',
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::SNS::Subscription',
  'AWS::S3::Bucket',
  'AWS::DynamoDB::Table',
  'AWS::Kinesis::Stream',
  'AWS::EC2::VPC',
  'AWS::EC2::Subnet',
  'AWS::EC2::SecurityGroup',
  'AWS::RDS::DBInstance',
  'AWS::ElastiCache::CacheCluster',
  'AWS::Events::Rule',
  'AWS::ApiGatewayV2::Api',
  'AWS::Cognito::UserPool',
  'AWS::IoT::TopicRule',
]
const ids = fc.constantFrom('A', 'B', 'Fn', 'Q', 'T', 'Vpc', 'S1', '__proto__', 'x.y')
const refs = fc.oneof(
  ids.map((id) => ({ Ref: id })),
  ids.map((id) => ({ 'Fn::GetAtt': [id, 'Arn'] })),
  ids.map((id) => ({ 'Fn::Sub': `arn:\${AWS::Partition}:sqs:\${AWS::Region}:\${AWS::AccountId}:\${${id}}` })),
  fc.constantFrom(
    'arn:aws:sqs:us-east-1:123456789012:q',
    'arn:aws:dynamodb:us-east-1:1:table/t/stream/x',
    'arn:aws:lambda:us-east-1:1:function:f:live',
  ),
)
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    refs,
    fc.dictionary(
      fc.constantFrom(
        'Queue',
        'Stream',
        'Type',
        'Properties',
        'Timeout',
        'BatchSize',
        'Events',
        'Variables',
        'TargetArn',
        'Destination',
        'SubnetIds',
      ),
      tie('v'),
      { maxKeys: 4 },
    ),
    fc.array(tie('v'), { maxLength: 3 }),
  ),
})).v
const template = fc.dictionary(
  ids,
  fc.record({
    Type: fc.constantFrom(...TYPES),
    Properties: fc.dictionary(fc.string({ maxLength: 24 }), value, { maxKeys: 5 }),
    Condition: fc.option(fc.constantFrom('C', 'D'), { nil: undefined }),
  }),
  { minKeys: 1, maxKeys: 6 },
)

describe('importTemplate never throws on mangled templates; every error is located', () => {
  // Split in parts of 1,400 runs so each stays well inside its timeout on a loaded 2-core machine (part 1 of 4 × 1,750
  // took 86 s of its 120 s there with four corpus templates).
  it.each([1, 2, 3, 4, 5])(
    'text manglings of the corpus, part %i of 5 (1,400 runs each)',
    () => {
      fc.assert(
        fc.property(fc.nat(CORPUS.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), (i, edits) => {
          const text = edits.reduce(apply, CORPUS[i]!)
          assertLocated(text, importTemplate(text))
        }),
        { numRuns: 1400 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'structured templates with arbitrary properties, YAML and JSON (3,000 runs)',
    () => {
      fc.assert(
        fc.property(template, fc.boolean(), (resources, asJson) => {
          const doc = {
            Conditions: { C: { 'Fn::Equals': ['a', 'a'] }, D: { 'Fn::Not': [{ Condition: 'D' }] } },
            Resources: resources,
          }
          const text = asJson
            ? JSON.stringify(doc, null, 1)
            : `Resources:\n${Object.entries(resources)
                .map(([k, v]) => `  "${k}": ${JSON.stringify(v)}`)
                .join('\n')}\n`
          assertLocated(text, importTemplate(text))
        }),
        { numRuns: 3000 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
