import { describe, expect, it } from 'vitest'
import { parseCfn } from './parseCfn.ts'

const value = (text: string) => {
  const r = parseCfn(text)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.value
}

describe('parseCfn: CloudFormation short forms become long forms', () => {
  it.each([
    ['!Ref Bucket', { Ref: 'Bucket' }],
    ['!GetAtt Queue.Arn', { 'Fn::GetAtt': ['Queue', 'Arn'] }],
    ['!GetAtt Db.Endpoint.Address', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
    ['!GetAtt [Queue, Arn]', { 'Fn::GetAtt': ['Queue', 'Arn'] }],
    ['!Sub "arn:${AWS::Partition}:s3:::${B}"', { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${B}' }],
    ['!Sub ["${A}-x", {A: !Ref P}]', { 'Fn::Sub': ['${A}-x', { A: { Ref: 'P' } }] }],
    ['!If [C, 1, 2]', { 'Fn::If': ['C', 1, 2] }],
    ['!Select [0, !GetAZs ""]', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['!Join ["-", [a, !Ref B]]', { 'Fn::Join': ['-', ['a', { Ref: 'B' }]] }],
    ['!Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ['!FindInMap [M, k, v]', { 'Fn::FindInMap': ['M', 'k', 'v'] }],
    ['!Base64 abc', { 'Fn::Base64': 'abc' }],
    ['!Cidr [10.0.0.0/16, 4, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }],
    ['!ImportValue shared', { 'Fn::ImportValue': 'shared' }],
    ['!Equals [a, b]', { 'Fn::Equals': ['a', 'b'] }],
    [
      '!And [!Condition A, !Not [!Condition B]]',
      { 'Fn::And': [{ Condition: 'A' }, { 'Fn::Not': [{ Condition: 'B' }] }] },
    ],
    ['!Or [true, false]', { 'Fn::Or': [true, false] }],
    ['!Transform {Name: AWS::Include}', { 'Fn::Transform': { Name: 'AWS::Include' } }],
  ])('%s', (yaml, long) => {
    expect(value(`X: ${yaml}\n`)).toEqual({ X: long })
  })

  it('reads JSON (cdk synth output) and keeps aliases bounded', () => {
    expect(value('{"Resources": {"A": {"Type": "AWS::SNS::Topic"}}}')).toEqual({
      Resources: { A: { Type: 'AWS::SNS::Topic' } },
    })
    expect(value('a: &x [1, 2]\nb: *x\n')).toEqual({ a: [1, 2], b: [1, 2] })
  })

  it('locates a YAML syntax error by line and column', () => {
    const r = parseCfn('Resources:\n  Fn:\n    Type: [AWS::Lambda::Function\n')
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.errors[0]).toMatchObject({
        code: 'template.syntax',
        line: expect.any(Number),
        column: expect.any(Number),
      })
    if (!r.ok) expect(r.errors[0]!.line).toBeGreaterThanOrEqual(3)
  })

  it('locates a JSON error (trailing comma) from its offset', () => {
    const r = parseCfn('{\n  "Resources": {\n    "A": 1,\n  }\n}')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'template.syntax', line: 4, column: 3 })
  })

  it('refuses duplicate keys, empty text and deep nesting with a location', () => {
    const dup = parseCfn('A: 1\nA: 2\n')
    expect(dup.ok || dup.errors[0]).toMatchObject({ line: 2 })
    expect(parseCfn('  \n')).toMatchObject({ ok: false, errors: [{ code: 'template.empty', line: 1, column: 1 }] })
    const deep = parseCfn(`${'['.repeat(100)}${']'.repeat(100)}`)
    expect(deep).toMatchObject({ ok: false, errors: [{ code: 'template.tooDeep' }] })
  })

  it('stops alias bombs', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]`,
      )
    expect(parseCfn(lines.join('\n'))).toMatchObject({ ok: false, errors: [{ code: 'template.tooManyAliases' }] })
  })

  it('locates values by path for later messages', () => {
    const r = parseCfn('Resources:\n  Fn:\n    Type: X\n    Properties:\n      Timeout: 5\n')
    if (!r.ok) throw new Error('parse')
    expect(r.locate(['Resources', 'Fn', 'Properties', 'Timeout'])).toEqual({ line: 5, column: 16 })
    expect(r.locate(['Resources', 'Fn', 'Properties', 'Nope'])).toEqual({ line: 5, column: 7 })
  })
})
