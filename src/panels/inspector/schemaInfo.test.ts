import { describe, expect, it } from 'vitest'
import { edgeFieldInfo, nodeFieldInfo, scenarioFieldInfo } from './schemaInfo'

describe('schema introspection', () => {
  it('reads ranges and options from the model schemas', () => {
    expect(nodeFieldInfo('lambda', ['config', 'timeoutMs'])).toEqual({ kind: 'number', min: 1000, max: 900_000 })
    expect(nodeFieldInfo('lambda', ['config', 'async', 'maxRetryAttempts'])).toEqual({ kind: 'number', min: 0, max: 2 })
    expect(nodeFieldInfo('apiGateway', ['config', 'api'])).toEqual({ kind: 'enum', options: ['rest', 'http'] })
    expect(nodeFieldInfo('vpc', ['config', 'nat'])).toEqual({ kind: 'boolean' })
    expect(edgeFieldInfo(['config', 'maxReceiveCount'])).toEqual({ kind: 'number', min: 1, max: 1000 })
    expect(scenarioFieldInfo(['title'])).toEqual({ kind: 'string' })
  })
  it('says "other" for unknown paths', () => {
    expect(nodeFieldInfo('s3', ['config', 'timeoutMs'])).toEqual({ kind: 'other' })
  })
})

describe('lists and required siblings', () => {
  it('describes list fields by their items', async () => {
    const { nodeFieldInfo: info, nodeRequiredSiblings } = await import('./schemaInfo')
    expect(info('vpc', ['config', 'gatewayEndpoints'])).toEqual({
      kind: 'list',
      item: { kind: 'enum', options: ['s3', 'dynamodb'] },
    })
    expect(info('rds', ['config', 'inboundFrom'])).toEqual({ kind: 'list', item: { kind: 'string' } })
    expect(info('elastiCache', ['config', 'inboundFrom'])).toEqual({ kind: 'list', item: { kind: 'string' } })
    expect(nodeRequiredSiblings('client', ['config', 'retry', 'baseDelayMs'])).toEqual(['maxAttempts'])
    expect(nodeRequiredSiblings('lambda', ['config', 'async', 'maxRetryAttempts'])).toEqual([])
    expect(nodeRequiredSiblings('lambda', ['config', 'timeoutMs'])).toEqual([])
  })
})
