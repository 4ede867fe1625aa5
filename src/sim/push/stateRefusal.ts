import { toPending } from '../functions/lifecycle.ts'
import type { FunctionRuntime } from '../functions/runtime.ts'
import type { Kernel } from '../kernel.ts'

/**
 * §7.3: Invoke fails while a VPC function is Pending (409 ResourceConflictException); the first invoke of an Inactive
 * one fails (502 ResourceNotReadyException) and sends it back to Pending.
 */
export function stateRefusal(k: Kernel, fn: FunctionRuntime): { statusCode: number; errorType: string } | null {
  if (fn.state === 'Active') return null
  if (fn.state === 'Pending') return { statusCode: 409, errorType: 'ResourceConflictException' }
  toPending(k, fn)
  return { statusCode: 502, errorType: 'ResourceNotReadyException' }
}
