import type { Kernel } from '../kernel.ts'
import type { AccountConcurrency } from './account.ts'
import type { Invocation } from './invocation.ts'
import { Invoker } from './invoke.ts'
import type { FunctionRuntime } from './runtime.ts'

/**
 * The functions of a run: their runtimes, the account's concurrency and the one way in to run one. Built by
 * `installFunctions`; push delivery and the pollers hold it (the kernel does not know it).
 */
export class FunctionHost {
  readonly functions = new Map<string, FunctionRuntime>()
  readonly account: AccountConcurrency
  private readonly invoker: Invoker

  constructor(k: Kernel, account: AccountConcurrency) {
    this.account = account
    this.invoker = new Invoker(k, this)
  }

  fn(id: string): FunctionRuntime {
    const f = this.functions.get(id)
    if (!f) throw new Error(`sim: ${id} is not a lambda`)
    return f
  }

  /** Ask to run a function. The outcome arrives later through `inv.client.onInvokeResult(k, inv)`. */
  invoke(inv: Invocation): void {
    this.invoker.invoke(inv)
  }
}
