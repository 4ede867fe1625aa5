/**
 * Batch names and durations, part of the narration area (narration.ts spreads them in): their own module because the
 * editor's first frame shows them (the drawer, the comparison's figures) and not the rest (firstFrame.ts, #16).
 */
export const narrationNames = {
  batchName: 'batch {{n}} from {{source}}',
  batchShort: 'batch {{n}}',
  batchNameShard: 'batch {{n}} from {{source}} ({{shard}})',
  duration: { ms: '{{n}} ms', s: '{{n}} s', min: '{{n}} min', h: '{{n}} h', d: '{{n}} d' },
  countdown: { minSec: '{{m}} min {{s}} s', hMin: '{{h}} h {{m}} min' },
} as const
