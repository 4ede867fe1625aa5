/** `Metadata.Lambdascope` marks an export writes (#18): honoured when valid, ignored (never trusted) otherwise. */
import { describe, expect, it } from 'vitest'
import { importTemplate } from './importTemplate.ts'

function ids(text: string): string[] {
  const r = importTemplate(text, { sampleTraffic: false })
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.scenario.nodes.map((n) => `${n.id}${n.label !== undefined ? ` (${n.label})` : ''}`)
}

const queue = (logicalId: string, mark: string) =>
  `  ${logicalId}:\n    Type: AWS::SQS::Queue\n    Metadata:\n      Lambdascope: ${mark}\n`

describe('Metadata.Lambdascope marks', () => {
  it('gives a resource the node id and label it carries', () => {
    expect(ids(`Resources:\n${queue('JobsQueue', '{ nodeId: jobs-queue, label: Jobs }')}`)).toEqual([
      'jobs-queue (Jobs)',
    ])
  })

  it('ignores an invalid, reserved or repeated id and keeps the logical id', () => {
    const t = `Resources:\n${queue('A', '{ nodeId: "__proto__" }')}${queue('B', '{ nodeId: "has space" }')}${queue('C', '{ nodeId: c }')}${queue('D', '{ nodeId: c }')}${queue('E', '{ nodeId: 42 }')}`
    expect(ids(t)).toEqual(['A', 'B', 'c', 'D', 'E'])
  })

  it('reserves a marked id so an unmarked resource named like it cannot take it', () => {
    const t = `Resources:\n  Q:\n    Type: AWS::SQS::Queue\n${queue('Other', '{ nodeId: Q }')}`
    expect(ids(t)).toEqual(['Q_2', 'Q'])
  })
})
