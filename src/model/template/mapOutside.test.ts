/**
 * An AWS::Lambda::Permission for a service whose trigger lives outside the template (SES, Lex, CodeCommit, Config,
 * Alexa) is that source: a node with a granted trigger, noted — not dropped (#18 "nothing silently dropped").
 */
import { describe, expect, it } from 'vitest'
import { exportSam } from '../export/sam/index.ts'
import kitchenSink from '../export/sam/scenarios/kitchen-sink.json'
import { parseScenarioJson } from '../parse.ts'
import { importTemplate } from './importTemplate.ts'

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Inbox:
    Type: AWS::Serverless::Function
    Properties: { Runtime: nodejs22.x, Handler: index.handler, InlineCode: x }
  InboxFromSes:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Inbox
      Principal: ses.amazonaws.com
      SourceAccount: !Ref AWS::AccountId
  InboxFromRepo:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !GetAtt Inbox.Arn
      Principal: codecommit.amazonaws.com
      SourceArn: arn:aws:codecommit:us-east-1:123456789012:billing-repo
  InboxFromS3:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Inbox
      Principal: s3.amazonaws.com
`

describe('importTemplate: sources set up outside the template', () => {
  it('a service permission no trigger uses becomes the source with a granted trigger, noted with its line', () => {
    const r = importTemplate(TEMPLATE)
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    expect(r.scenario.nodes.map((n) => `${n.id}:${n.type}`)).toEqual([
      'Inbox:lambda',
      'ses:ses',
      'billing-repo:codeCommit',
    ])
    expect(r.scenario.edges).toEqual([
      { from: 'ses', to: 'Inbox', role: 'trigger' },
      { from: 'billing-repo', to: 'Inbox', role: 'trigger' },
    ])
    expect(r.report.notes.filter((n) => n.code === 'outsideSource')).toEqual([
      { code: 'outsideSource', params: { nodeId: 'ses', principal: 'ses.amazonaws.com', to: 'Inbox' }, line: 11 },
      {
        code: 'outsideSource',
        params: { nodeId: 'billing-repo', principal: 'codecommit.amazonaws.com', to: 'Inbox' },
        line: 18,
      },
    ])
  })

  it('the SAM export of such sources (a permission each, marked) imports back to the same nodes and wires', () => {
    const parsed = parseScenarioJson(JSON.stringify(kitchenSink))
    if (!parsed.ok) throw new Error('kitchen sink')
    const r = importTemplate(exportSam(parsed.scenario).yaml)
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    for (const [id, type] of [
      ['mail', 'ses'],
      ['bot', 'lex'],
      ['repo', 'codeCommit'],
      ['compliance', 'config'],
    ] as const) {
      expect(r.scenario.nodes.find((n) => n.id === id)?.type, id).toBe(type)
      expect(
        r.scenario.edges.find((e) => e.from === id),
        id,
      ).toEqual({ from: id, to: 'worker', role: 'trigger' })
    }
  })
})
