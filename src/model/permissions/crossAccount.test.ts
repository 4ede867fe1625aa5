import { describe, expect, it } from 'vitest'
import { checkScenario } from '../check.ts'
import { parseScenario } from '../parse.ts'
import { resolveScenario } from '../resolve.ts'
import type { Scenario } from '../scenario.ts'
import { SQS_MAPPING_DENIED } from './crossAccount.ts'
import { wirePermissions } from './derive.ts'
import { crossAccountVerdict } from './crossAccountVerdict.ts'

const PARTNER = '210987654321'
const HOME = '123456789012'

function doc(source: 'sqs' | 'sns' | 'client', permission?: 'granted' | 'missing', inPartner = true): Scenario {
  return {
    format: 'lambdascope/scenario@1',
    title: 't',
    era: 'current',
    seed: 1,
    durationMs: 60_000,
    nodes: [
      { id: 'partner', type: 'account', config: { accountId: PARTNER } },
      { id: 'src', type: source, ...(inPartner ? { parentId: 'partner' } : {}) },
      { id: 'fn', type: 'lambda' },
    ] as Scenario['nodes'],
    edges: [{ id: 'w', from: 'src', to: 'fn', ...(permission ? { permission } : {}) }],
    traffic: [],
    faults: [],
  }
}

function wire(source: 'sqs' | 'sns' | 'client') {
  const p = parseScenario(doc(source))
  if (!p.ok) throw new Error(p.issues.map((i) => i.message).join('; '))
  return wirePermissions(resolveScenario(p.scenario), 'w')!
}

describe('§10 cross-account SQS mapping: refused at configuration without the grant', () => {
  it('a missing grant is an error at the wire, with CreateEventSourceMapping’s answer', () => {
    const issues = checkScenario(doc('sqs', 'missing'))
    const refused = issues.filter((i) => i.code === 'esm.crossAccountRefused')
    expect(refused).toHaveLength(1)
    expect(refused[0]).toMatchObject({ path: 'edges[0].permission', severity: 'error', ref: '§10' })
    expect(refused[0]!.message).toContain(SQS_MAPPING_DENIED.awsMessage)
    expect(refused[0]!.message).toContain(`account ${PARTNER}`)
    // the error replaces the general cross-account warning (one message per wire)
    expect(issues.some((i) => i.code === 'edge.crossAccount')).toBe(false)
  })
  it('granted: no error, the cross-account warning names the account', () => {
    const issues = checkScenario(doc('sqs', 'granted'))
    expect(issues.some((i) => i.severity === 'error')).toBe(false)
    expect(issues.find((i) => i.code === 'edge.crossAccount')?.params).toMatchObject({ account: PARTNER })
  })
  it('in the same account a missing role statement is not refused here (the engine stops polling, §10 our choice)', () => {
    expect(checkScenario(doc('sqs', 'missing', false)).some((i) => i.code === 'esm.crossAccountRefused')).toBe(false)
  })
  it('a push source missing its cross-account statement is not refused at configuration (refused at invoke)', () => {
    expect(checkScenario(doc('sns', 'missing')).some((i) => i.severity === 'error')).toBe(false)
    expect(checkScenario(doc('client', 'missing')).some((i) => i.severity === 'error')).toBe(false)
  })
  it('the wire shows both sides: the role’s statement and the queue policy naming the role, refused with the same words', () => {
    const w = wire('sqs')
    expect(w.crossAccount).toEqual({ sourceAccount: PARTNER, functionAccount: HOME })
    expect(w.requirements.map((r) => r.place)).toEqual(['executionRole', 'sourcePolicy'])
    const grant = w.requirements[1]!
    expect(grant.statement.Principal).toEqual({ AWS: `arn:aws:iam::${HOME}:role/fn-role` })
    expect(grant.statement.Resource).toBe(`arn:aws:sqs:us-east-1:${PARTNER}:src`)
    expect(grant.refusal).toMatchObject({ at: 'configuration', awsMessage: SQS_MAPPING_DENIED.awsMessage })
    expect(grant.permission).toBe('queueRead')
  })
})

describe('§10 cross-account push', () => {
  it('SNS: the function’s statement names the topic and its account; the topic’s policy lets the function’s account subscribe', () => {
    const w = wire('sns')
    expect(w.requirements.map((r) => r.place)).toEqual(['functionPolicy', 'sourcePolicy'])
    const [fnStatement, topic] = w.requirements
    expect(fnStatement!.statement.Condition).toMatchObject({ StringEquals: { 'AWS:SourceAccount': PARTNER } })
    expect(fnStatement!.refusal).toMatchObject({ at: 'invoke', errorCode: 'AccessDeniedException' })
    expect(topic!.statement).toMatchObject({
      Principal: { AWS: `arn:aws:iam::${HOME}:root` },
      Action: 'sns:Subscribe',
      Resource: `arn:aws:sns:us-east-1:${PARTNER}:src`,
    })
    expect(topic!.cli).toContain(`--aws-account-id ${HOME}`)
    expect(topic!.refusal).toMatchObject({ at: 'configuration', errorCode: 'AuthorizationError' })
    expect(topic!.refusal!.awsMessage).toContain('SNS:Subscribe')
  })
  it('a caller in another account: the function’s policy names that account as principal', () => {
    const w = wire('client')
    expect(w.requirements).toHaveLength(1)
    expect(w.requirements[0]!.place).toBe('functionPolicy')
    expect(w.requirements[0]!.statement.Principal).toEqual({ AWS: `arn:aws:iam::${PARTNER}:root` })
    expect(w.requirements[0]!.cli).toContain(`--principal ${PARTNER}`)
    expect(w.requirements[0]!.refusal!.awsMessage).toContain('is not authorized to perform: lambda:InvokeFunction')
  })
  it('in the same account SNS needs no topic policy statement', () => {
    const p = parseScenario(doc('sns', undefined, false))
    if (!p.ok) throw new Error('bad')
    expect(wirePermissions(resolveScenario(p.scenario), 'w')!.requirements.map((r) => r.place)).toEqual([
      'functionPolicy',
    ])
  })
})

describe('§10 cross-account verdict per wire (read from the document, even one that cannot run)', () => {
  it('SQS mapping without the grant: the queue policy must name the role; refused at CreateEventSourceMapping', () => {
    expect(crossAccountVerdict(doc('sqs', 'missing'), 'w')).toEqual({
      edgeId: 'w',
      sourceId: 'src',
      functionId: 'fn',
      sourceAccount: PARTNER,
      functionAccount: HOME,
      kind: 'mapping',
      place: 'sourcePolicy',
      principal: `arn:aws:iam::${HOME}:role/fn-role`,
      granted: false,
      refusal: {
        at: 'configuration',
        ...{ errorCode: SQS_MAPPING_DENIED.errorCode },
        awsMessage: SQS_MAPPING_DENIED.awsMessage,
      },
    })
  })
  it('SNS trigger: the function policy names sns.amazonaws.com for the topic’s account; refused at invoke', () => {
    const v = crossAccountVerdict(doc('sns'), 'w')!
    expect(v).toMatchObject({ kind: 'invoke', place: 'functionPolicy', granted: true })
    expect(v.principal).toBe(`sns.amazonaws.com (aws:SourceAccount ${PARTNER})`)
    expect(v.refusal.awsMessage).toBe(
      `User: sns.amazonaws.com is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:${HOME}:function:fn because no resource-based policy allows the lambda:InvokeFunction action`,
    )
  })
  it('a caller in another account is named by its account', () => {
    const v = crossAccountVerdict(doc('client', 'missing'), 'w')!
    expect(v).toMatchObject({ kind: 'invoke', principal: PARTNER, granted: false })
    expect(v.refusal.awsMessage).toContain(`User: arn:aws:iam::${PARTNER}:root is not authorized`)
  })
  it('no verdict for a wire inside one account', () => {
    expect(crossAccountVerdict(doc('sqs', 'missing', false), 'w')).toBeNull()
    expect(crossAccountVerdict(doc('sns', undefined, false), 'w')).toBeNull()
  })
})
