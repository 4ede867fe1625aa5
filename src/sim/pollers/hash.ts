/**
 * §3.1: a record's shard is a stable function of its partition key. Kinesis maps the MD5 of the key onto the shards'
 * hash-key ranges; we use FNV-1a (32 bit) over the key's UTF-16 code units, mixed by murmur3's finaliser, and the same
 * range split — stable,
 * fast and evenly spread, not byte-compatible with AWS (no real stream is read).
 */
export function fnv1a(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  // murmur3's finaliser: FNV alone barely moves the high bits when only the last character differs (user-1, user-2…),
  // and the shard is chosen from the high bits (hash-range split).
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const TWO_32 = 4294967296

/** Shard index 0…shardCount-1 for a partition key (even hash-range split, like Kinesis). */
export function shardOf(key: string, shardCount: number): number {
  return Math.floor((fnv1a(key) / TWO_32) * shardCount)
}

/**
 * With ParallelizationFactor > 1 a shard runs up to PF batches at once, order kept per partition key (§3.1): we give
 * each key a lane inside its shard from the hash bits the shard choice did not use.
 */
export function laneOf(key: string, shardCount: number, pf: number): number {
  if (pf <= 1) return 0
  const h = fnv1a(key)
  const within = (h / TWO_32) * shardCount
  return Math.floor((within - Math.floor(within)) * pf)
}

/** `shardId-000000000002`: Kinesis's shard id format (also used for DynamoDB Streams shards here). */
export function shardIdOf(index: number): string {
  return `shardId-${String(index).padStart(12, '0')}`
}
