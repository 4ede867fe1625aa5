/**
 * corpus/sam-events.json: SAM written as JSON with long-form intrinsics — the events and settings the other corpus
 * templates leave out (ScheduleV2, CloudWatchEvent, ProvisionedPollerConfig), a rule on the template's own bus, and
 * triggers wired outside SAM without their AWS::Lambda::Permission (§10).
 */
import { describe, expect, it } from 'vitest'
import { importTemplate } from './importTemplate.ts'

const CORPUS = import.meta.glob<string>('./corpus/*', { query: '?raw', import: 'default', eager: true })

function imported() {
  const r = importTemplate(CORPUS['./corpus/sam-events.json']!)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  const edge = (from: string, to: string) => r.scenario.edges.find((e) => e.from === from && e.to === to)
  return { ...r, edge }
}

describe('importTemplate: SAM as JSON (corpus/sam-events.json)', () => {
  const r = imported()

  it('reads an SQS mapping in provisioned mode (§16.8), its MinimumPollers from a parameter default', () => {
    expect(r.edge('Jobs', 'Worker')).toEqual({
      from: 'Jobs',
      to: 'Worker',
      role: 'eventSourceMapping',
      config: { batchSize: 5, minimumPollers: 4, maximumPollers: 40 },
    })
  })

  it('ScheduleV2 and CloudWatchEvent events become the schedule and rule SAM creates', () => {
    expect(r.scenario.nodes.filter((n) => n.type === 'eventBridge').map((n) => n.id)).toEqual([
      'Audit',
      'WorkerHourly',
      'WorkerDeploys',
    ])
    expect(r.edge('WorkerHourly', 'Worker')).toEqual({ from: 'WorkerHourly', to: 'Worker', role: 'trigger' })
    expect(r.edge('WorkerDeploys', 'Worker')).toEqual({ from: 'WorkerDeploys', to: 'Worker', role: 'trigger' })
    expect(r.report.notes.filter((n) => n.code === 'implicitNode').map((n) => n.params['type'])).toEqual([
      'AWS::Scheduler::Schedule',
      'AWS::Events::Rule',
    ])
  })

  it('a rule on a bus of the template is that bus: one node, the rule noted as folded into it', () => {
    expect(r.scenario.nodes.some((n) => n.id === 'AuditRule')).toBe(false)
    expect(r.report.notes).toContainEqual(
      expect.objectContaining({
        code: 'folded',
        params: { logicalId: 'AuditRule', type: 'AWS::Events::Rule', into: 'Audit' },
      }),
    )
  })

  it('EventBridge, Cognito and SNS triggers without an AWS::Lambda::Permission are drawn with it missing (§10)', () => {
    for (const from of ['Audit', 'Members', 'Alerts'])
      expect(r.edge(from, 'Notifier'), from).toEqual({ from, to: 'Notifier', role: 'trigger', permission: 'missing' })
    expect(r.report.notes.filter((n) => n.code === 'permissionMissing').map((n) => n.params['principal'])).toEqual([
      'sns.amazonaws.com',
      'events.amazonaws.com',
      'cognito-idp.amazonaws.com',
    ])
  })

  it('an email subscription is listed as not simulated, not dropped; Fn::Select, Fn::Join and globals resolve', () => {
    expect(r.report.unsupported).toEqual([
      expect.objectContaining({ logicalId: 'EmailSubscription', type: 'AWS::SNS::Subscription (email)' }),
    ])
    const notifier = r.scenario.nodes.find((n) => n.id === 'Notifier')
    expect(notifier).toMatchObject({
      type: 'lambda',
      config: { timeoutMs: 20_000, memoryMb: 256, reservedConcurrency: 10, runtime: 'python' },
    })
    expect(notifier?.type === 'lambda' && notifier.config?.environment?.variables).toEqual({
      FROM: 'alerts@example.com',
    })
  })

  it('a granted permission naming the rule on a bus grants the bus node', () => {
    const template = JSON.parse(CORPUS['./corpus/sam-events.json']!) as { Resources: Record<string, unknown> }
    template.Resources['AuditPermission'] = {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: { Ref: 'Notifier' },
        Principal: 'events.amazonaws.com',
        SourceArn: { 'Fn::GetAtt': ['AuditRule', 'Arn'] },
      },
    }
    const again = importTemplate(JSON.stringify(template))
    if (!again.ok) throw new Error(JSON.stringify(again.errors))
    expect(again.scenario.edges.find((e) => e.from === 'Audit' && e.to === 'Notifier')).toEqual({
      from: 'Audit',
      to: 'Notifier',
      role: 'trigger',
    })
  })

  it('lists the parameters with the values used, so the app can ask for the ones without a default', () => {
    expect(r.report.parameters).toEqual([
      { name: 'Pollers', type: 'Number', value: '4', given: false, line: 6 },
      { name: 'AlarmEmail', type: 'String', value: null, given: false, line: 7 },
    ])
    const asked = importTemplate(CORPUS['./corpus/sam-events.json']!, { parameters: { AlarmEmail: '', Pollers: '8' } })
    if (!asked.ok) throw new Error(JSON.stringify(asked.errors))
    expect(asked.report.parameters.map((p) => [p.name, p.value, p.given])).toEqual([
      ['Pollers', '8', true],
      ['AlarmEmail', '', true],
    ])
    // The condition is now known: the email subscription is not created, and the mapping takes the given value.
    expect(asked.report.unsupported).toEqual([
      expect.objectContaining({ logicalId: 'EmailSubscription', reasonCode: 'conditionFalse' }),
    ])
    expect(asked.scenario.edges.find((e) => e.from === 'Jobs')?.config?.minimumPollers).toBe(8)
  })
})
