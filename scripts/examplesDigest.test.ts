/**
 * The engine's output for every example and lesson scenario, pinned: the sha256 of `npm run simulate -- <file>
 * --format json` per scenario (scripts/examplesDigest.json). A refactor must keep every digest; a deliberate change of
 * behaviour shows up here by name, and is recorded by regenerating the file (see the failure message).
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scenarioInputs } from './behaviour-diff.ts'
import { runCli } from './simulate.ts'

const DIGESTS_FILE = 'scripts/examplesDigest.json'
const UPDATE = process.env['UPDATE_EXAMPLE_DIGESTS'] === '1'
const HOW_TO_UPDATE =
  'If the change is deliberate, say which commit changed the behaviour and why, then regenerate the digests with ' +
  '`UPDATE_EXAMPLE_DIGESTS=1 npx vitest run scripts/examplesDigest.test.ts` and commit scripts/examplesDigest.json. ' +
  'To see what changed: `npx tsx scripts/behaviour-diff.ts <checkout of the previous commit>`.'

const inputs = scenarioInputs(process.cwd())
const digestOf = (json: string): string => {
  const out = runCli(['scenario.json', '--format', 'json'], () => json)
  if (out.code !== 0) throw new Error(`simulate exited ${out.code}: ${out.stderr}`)
  return createHash('sha256').update(out.stdout).digest('hex')
}
const now = new Map(inputs.map((i) => [i.name, digestOf(i.json)]))
if (UPDATE) writeFileSync(DIGESTS_FILE, JSON.stringify(Object.fromEntries(now), null, 2) + '\n')
const pinned = JSON.parse(readFileSync(DIGESTS_FILE, 'utf8')) as Record<string, string>

describe('the JSON output of every example and lesson scenario (behaviour unchanged)', () => {
  it('pins exactly the scenarios there are', () => {
    expect(Object.keys(pinned).sort(), `scenarios added or removed. ${HOW_TO_UPDATE}`).toEqual([...now.keys()].sort())
  })

  for (const [name, digest] of now)
    it(`${name} simulates to the pinned output`, () => {
      expect(digest, `${name}: the JSON output changed. ${HOW_TO_UPDATE}`).toBe(pinned[name])
    })
})
