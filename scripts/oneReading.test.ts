/**
 * src/sim/views/classify.ts is the one reading of reason codes: no other view, store, canvas or panel file names them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const CLASSIFIED = [
  'esm.shardBlocked',
  'esm.throttled',
  'esm.retryBatch',
  'esm.bisect',
  'esm.checkpoint',
  'esm.recordExpired',
  'esm.recordAgeExceeded',
  'esm.retriesExhausted',
  'esm.onFailure',
  'sqs.visibilityTimeout',
  'sqs.redrive',
  'sync.clientRetry',
]

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) sources(full, out)
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(full.replaceAll('\\', '/'))
  }
  return out
}

describe('one reading of the trace', () => {
  it('each classified reason code is named in exactly one file of the views and the UI (classify.ts)', () => {
    const files = ['src/sim/views', 'src/store', 'src/animation', 'src/canvas', 'src/panels', 'src/app'].flatMap((d) =>
      sources(d),
    )
    for (const code of CLASSIFIED) {
      const naming = files.filter((f) => readFileSync(f, 'utf8').includes(`'${code}'`))
      expect(naming, code).toEqual(['src/sim/views/classify.ts'])
    }
    // "lost" is spelled once
    const lost = files.filter((f) => /'discarded',\s*'expired',\s*'rejected'/.test(readFileSync(f, 'utf8')))
    expect(lost).toEqual([])
  })

  it('§7.2: no view, store or canvas file works out the ENI attach again (the engine puts it on invoke.start)', () => {
    const files = ['src/sim/views', 'src/store', 'src/animation', 'src/canvas'].flatMap((d) => sources(d))
    expect(files.filter((f) => readFileSync(f, 'utf8').includes('eniAttachMs'))).toEqual([])
  })
})
