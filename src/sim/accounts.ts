import type { ResolvedEdge } from '../model/index.ts'
import type { Kernel } from './kernel.ts'

/** §10: does this wire cross an account boundary (its two ends in different accounts)? */
export function crossesAccounts(k: Kernel, edge: ResolvedEdge): boolean {
  const from = k.scenario.nodeById.get(edge.from)
  const to = k.scenario.nodeById.get(edge.to)
  return from !== undefined && to !== undefined && from.accountId !== to.accountId
}

/**
 * The reason a refused invoke carries (§10): the same refusal either way, but across accounts the missing statement is
 * the one naming the other account, and the caption says so.
 */
export function invokeDeniedReason(
  k: Kernel,
  edge: ResolvedEdge,
): 'permission.invokeDenied' | 'permission.crossAccountDenied' {
  return crossesAccounts(k, edge) ? 'permission.crossAccountDenied' : 'permission.invokeDenied'
}
