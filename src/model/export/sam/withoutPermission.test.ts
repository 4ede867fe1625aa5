/**
 * Triggers whose permission is missing (§10) leave as wiring on the source's side with no AWS::Lambda::Permission
 * (scenarios/permission-missing.json), so the deployed stack is refused as the simulation is; the import reads them
 * back missing. S3 stays a SAM event (S3 checks the permission when the notification is created), listed.
 */
import { describe, expect, it } from 'vitest'
import { parseScenarioJson } from '../../parse.ts'
import { importTemplate } from '../../template/importTemplate.ts'
import { exportSam } from './exportSam.ts'
import { getAtt, ref } from './intrinsics.ts'
import scenario from './scenarios/permission-missing.json'

const parsed = parseScenarioJson(JSON.stringify(scenario))
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
const out = exportSam(parsed.scenario)
type Res = { Type: string; Properties?: Record<string, unknown>; Metadata?: { Lambdascope?: { nodeId: string } } }
const resources = out.template['Resources'] as Record<string, Res>
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type)
const events = (fn: string) =>
  (resources[fn]!.Properties!['Events'] ?? {}) as Record<string, { Type: string; Properties?: unknown }>

describe('exportSam: a trigger without its permission (§10)', () => {
  it('writes no AWS::Lambda::Permission for any of them', () => {
    expect(ofType('AWS::Lambda::Permission')).toEqual([])
  })

  it('SNS: one subscription per function, not a SAM event', () => {
    expect(ofType('AWS::SNS::Subscription').map(([, r]) => r.Properties)).toEqual([
      { Protocol: 'lambda', TopicArn: ref('Alerts'), Endpoint: getAtt('Notifier', 'Arn') },
      { Protocol: 'lambda', TopicArn: ref('Alerts'), Endpoint: getAtt('Auditor', 'Arn') },
    ])
    expect(Object.values(events('Notifier')).map((e) => e.Type)).toEqual([])
  })

  it('EventBridge: the node is a rule with the functions as targets; a bus of the stack gets a rule on it', () => {
    expect(resources['Rules']).toMatchObject({
      Type: 'AWS::Events::Rule',
      Metadata: { Lambdascope: { nodeId: 'rules' } },
      Properties: {
        EventPattern: { source: ['lambdascope.rules'] },
        Targets: [{ Id: 'Notifier', Arn: getAtt('Notifier', 'Arn') }],
      },
    })
    // The granted wire from the same node stays a SAM event.
    expect(Object.values(events('Auditor')).map((e) => e.Type)).toEqual(['EventBridgeRule'])
    const [[, busRule]] = ofType('AWS::Events::Rule').filter(([id]) => id !== 'Rules') as [[string, Res]]
    expect(busRule.Properties).toEqual({
      EventBusName: ref('DoneBus'),
      EventPattern: { source: ['lambdascope.done-bus'] },
      Targets: [{ Id: 'Auditor', Arn: getAtt('Auditor', 'Arn') }],
    })
  })

  it("Cognito: the pool's LambdaConfig names each function under its own trigger", () => {
    expect(resources['Members']!.Properties!['LambdaConfig']).toEqual({
      PostConfirmation: getAtt('Notifier', 'Arn'),
      PreAuthentication: getAtt('Auditor', 'Arn'),
    })
  })

  it('S3 stays an event (listed as not expressed); a source in another account is left out (listed)', () => {
    expect(Object.values(events('Worker')).map((e) => e.Type)).toEqual(['S3', 'SQS'])
    const notes = out.notExpressed.filter((n) => n.code.startsWith('permission')).map((n) => `${n.code} ${n.what}`)
    expect(notes).toEqual([
      'permissionLeftOut alerts->notifier',
      'permissionLeftOut rules->notifier',
      'permissionLeftOut members->notifier',
      'permissionLeftOut alerts->auditor',
      'permissionLeftOut done-bus->auditor',
      'permissionLeftOut members->auditor',
      'permissionMissing uploads->worker',
      'permissionLeftOut partner-topic->worker',
    ])
  })

  it('an SQS mapping in provisioned mode keeps ProvisionedPollerConfig', () => {
    const sqs = Object.values(events('Worker')).find((e) => e.Type === 'SQS')
    expect(sqs?.Properties).toMatchObject({ ProvisionedPollerConfig: { MinimumPollers: 3, MaximumPollers: 50 } })
  })

  it('imported again, every trigger written without its permission comes back missing', () => {
    const again = importTemplate(out.yaml)
    if (!again.ok) throw new Error(JSON.stringify(again.errors))
    const missing = again.scenario.edges.filter((e) => e.permission === 'missing').map((e) => `${e.from}->${e.to}`)
    expect(missing.sort()).toEqual(
      [
        'alerts->notifier',
        'alerts->auditor',
        'rules->notifier',
        'done-bus->auditor',
        'members->notifier',
        'members->auditor',
      ].sort(),
    )
    expect(again.scenario.edges.find((e) => e.from === 'rules' && e.to === 'auditor')).toEqual({
      from: 'rules',
      to: 'auditor',
      role: 'trigger',
    })
    expect(again.scenario.edges.find((e) => e.from === 'jobs')?.config).toEqual({
      batchSize: 10,
      minimumPollers: 3,
      maximumPollers: 50,
    })
  })
})
