import { describe, expect, it } from 'vitest'
import { importTemplate } from './importTemplate.ts'

/** A template whose function reads queues named by ARN: two in a partner account, one in the stack's own account. */
const TEMPLATE = `
Transform: AWS::Serverless-2016-10-31
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs22.x
      Events:
        Partner:
          Type: SQS
          Properties:
            Queue: arn:aws:sqs:us-east-1:444455556666:partner-queue
        PartnerToo:
          Type: SQS
          Properties:
            Queue: arn:aws:sqs:us-east-1:444455556666:partner-retries
        Own:
          Type: SQS
          Properties:
            Queue: arn:aws:sqs:us-east-1:123456789012:own-queue
`

describe('importTemplate: resources of another account are drawn inside that account (§10)', () => {
  it('puts ARNs of one other account in one account group; the stack’s own account gets none', () => {
    const r = importTemplate(TEMPLATE)
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    const nodes = r.scenario.nodes
    const groups = nodes.filter((n) => n.type === 'account')
    expect(groups).toHaveLength(1)
    const group = groups[0]!
    expect(group.type === 'account' && group.config.accountId).toBe('444455556666')
    const parentOf = (label: string) => nodes.find((n) => n.label === label)?.parentId
    expect(parentOf('partner-queue')).toBe(group.id)
    expect(parentOf('partner-retries')).toBe(group.id)
    expect(parentOf('own-queue')).toBeUndefined()
  })
})
