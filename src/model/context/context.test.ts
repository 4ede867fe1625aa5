import { describe, expect, it } from 'vitest'
import {
  contextFields,
  nodeContext,
  pythonContext,
  remainingMethod,
  remainingMs,
  type ContextInput,
} from './context.ts'

const c: ContextInput = {
  functionId: 'orders',
  accountId: '123456789012',
  region: 'us-east-1',
  memoryMb: 256,
  timeoutMs: 3000,
  requestId: 'req-1',
  handlerStartMs: 1000,
  endMs: 2500,
  envId: 'env-1',
}

describe('§9 context object', () => {
  it('Node.js names', () => {
    expect(nodeContext(c)).toMatchObject({
      functionName: 'orders',
      awsRequestId: 'req-1',
      memoryLimitInMB: '256',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders',
      logGroupName: '/aws/lambda/orders',
    })
    expect(remainingMethod('nodejs')).toBe('getRemainingTimeInMillis()')
  })
  it('Python names', () => {
    expect(pythonContext(c)).toMatchObject({
      function_name: 'orders',
      aws_request_id: 'req-1',
      memory_limit_in_mb: 256,
      log_group_name: '/aws/lambda/orders',
    })
    expect(contextFields('python', c).map(([k]) => k)).not.toContain('functionName')
    expect(remainingMethod('python')).toBe('get_remaining_time_in_millis()')
  })
  it('remaining time counts down from the timeout on simulated time and stops at the end', () => {
    expect(remainingMs(c, 0)).toBe(3000)
    expect(remainingMs(c, 1000)).toBe(3000)
    expect(remainingMs(c, 2000)).toBe(2000)
    expect(remainingMs(c, 9000)).toBe(1500)
    expect(remainingMs({ ...c, endMs: null }, 9000)).toBe(0)
  })
})
