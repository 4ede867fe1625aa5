/**
 * How Lambda reads a `batchItemFailures` response (§3.2 streams, §4.3 SQS). `reported` null or [] = complete
 * success; an empty identifier = complete failure; for SQS an id not in the batch = complete failure too.
 * Otherwise `lowest` = the position (in batch order) of the first reported item.
 */
export type ItemFailureVerdict =
  { kind: 'success' } | { kind: 'fullFailure' } | { kind: 'partial'; lowest: number; failed: ReadonlySet<number> }

const SUCCESS: ItemFailureVerdict = { kind: 'success' }
const FULL: ItemFailureVerdict = { kind: 'fullFailure' }

export function interpretItemFailures(
  batchIds: readonly string[],
  reported: readonly (string | null)[] | null,
  unknownIdFails: boolean,
): ItemFailureVerdict {
  if (reported === null || reported.length === 0) return SUCCESS
  const failed = new Set<number>()
  let lowest = Number.POSITIVE_INFINITY
  for (const id of reported) {
    if (id === null || id === '') return FULL
    const pos = batchIds.indexOf(id)
    if (pos < 0) {
      if (unknownIdFails) return FULL
      continue
    }
    failed.add(pos)
    if (pos < lowest) lowest = pos
  }
  if (failed.size === 0) return SUCCESS
  return { kind: 'partial', lowest, failed }
}
