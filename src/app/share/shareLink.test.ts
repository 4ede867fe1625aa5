import fc from 'fast-check'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { resources } from '../../i18n/resources'
import { issueText } from '../../i18n/issueText'
import type { Scenario } from '../../model'
import { exampleFromSearch, exampleNames } from '../exampleFromUrl'
import { decodeShareHash, encodeShareHash, MAX_LINK_CHARS, type ShareState } from './shareLink'
import { PROPERTY_TIMEOUT_MS } from '../../test/timeouts'

const example = (name: string): Scenario => {
  const r = exampleFromSearch(`?example=${name}`)
  if (r.kind !== 'ok') throw new Error(name)
  return r.scenario
}
const EXAMPLES = exampleNames().map(example)

/** Valid scenarios of every shape the examples have, with free text, seeds, positions and durations varied. */
const scenarioArb = fc
  .record({
    base: fc.constantFrom(...EXAMPLES),
    title: fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }),
    description: fc.option(fc.string({ maxLength: 300, unit: 'binary' }), { nil: undefined }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    durationMs: fc.integer({ min: 1, max: 30 * 86_400_000 }),
    dx: fc.integer({ min: -5000, max: 5000 }),
    label: fc.string({ maxLength: 60 }),
  })
  .map(({ base, title, description, seed, durationMs, dx, label }): Scenario => ({
    ...base,
    title,
    ...(description === undefined ? {} : { description }),
    seed,
    durationMs,
    nodes: base.nodes.map((n, i) => ({
      ...n,
      ...(n.position && { position: { x: n.position.x + dx * i, y: n.position.y } }),
      ...(i === 0 && label !== '' && { label }),
    })),
  }))

const state = (scenario: Scenario, view: ShareState['view'] = {}): ShareState => ({ scenario, inputs: [], view })

async function link(s: ShareState): Promise<string> {
  const r = await encodeShareHash(s)
  if (!r.ok) throw new Error(r.issue.message)
  return r.hash
}

describe('share link codec', () => {
  it(
    'round-trips any scenario byte for byte, with its view',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          scenarioArb,
          fc.record(
            {
              positionMs: fc.nat(),
              speed: fc.integer({ min: 1, max: 10_000 }),
              panel: fc.constantFrom('closed', 'log', 'timeline', 'metrics' as const),
              locale: fc.constantFrom('en', 'ja' as const),
              theme: fc.constantFrom('light', 'dark' as const),
              selectedEventId: fc.stringMatching(/^e[0-9]{1,5}$/),
            },
            { requiredKeys: [] },
          ),
          async (scenario, view) => {
            const r = await decodeShareHash(`#${await link(state(scenario, view))}`)
            expect(r.kind).toBe('ok')
            if (r.kind !== 'ok') return
            expect(JSON.stringify(r.state.scenario)).toBe(JSON.stringify(scenario))
            expect(r.state.view).toEqual(view)
          },
        ),
        { numRuns: 150 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('carries injected inputs and rebuilds them as the store placed them', async () => {
    const scenario = example('sqs-redrive')
    const fn = scenario.nodes.find((n) => n.type === 'lambda')
    if (!fn) throw new Error('no function')
    const inputs = [
      {
        id: 'injected-1',
        atMs: 1200,
        request: { kind: 'fault' as const, fault: { kind: 'timeout' as const, target: fn.id } },
      },
    ]
    const r = await decodeShareHash(await link({ scenario, inputs, view: {} }))
    expect(r.kind === 'ok' && r.state.inputs).toEqual(inputs)
  })

  it('says which part of a link is wrong', async () => {
    const good = await link(state(example('s3-dlq'), { positionMs: 5 }))
    const cases: [string, string][] = [
      [good.replace('s=1.', 's=9.'), 'link.version'],
      [good.replace('s=1.', 's=1.*'), 'link.encoding'],
      [good.slice(0, good.indexOf('&') - 9), 'link.corrupt'],
      [`${good.replace('t=5', 't=soon')}`, 'link.param'],
      [`s=1.${'A'.repeat(MAX_LINK_CHARS)}`, 'link.tooLong'],
    ]
    for (const [hash, code] of cases) {
      const r = await decodeShareHash(hash)
      expect(r.kind === 'error' && r.issues[0]?.code, hash.slice(0, 40)).toBe(code)
    }
    const noScenario = await decodeShareHash('#lang=ja')
    expect(noScenario.kind).toBe('none')
  })

  it('refuses a zip bomb by its unpacked size', async () => {
    const bytes = new TextEncoder().encode(`{"scenario":"${' '.repeat(9 * 1024 * 1024)}"}`)
    const { deflate, toBase64Url } = await import('./deflate')
    const r = await decodeShareHash(`s=1.${toBase64Url(await deflate(bytes))}`)
    expect(r.kind === 'error' && r.issues[0]?.code).toBe('link.tooLarge')
  })

  it('refuses a scenario with errors with its located issues, in every language', async () => {
    const broken = { ...example('s3-dlq'), durationMs: -1 }
    const r = await decodeShareHash(await link(state(broken)))
    expect(r.kind).toBe('error')
    if (r.kind !== 'error') return
    expect(r.issues[0]?.path).toBe('#s/durationMs')
    const i18n = i18next.createInstance()
    await i18n.init({ resources, lng: 'ja', initAsync: false })
    expect(issueText(i18n, r.issues[0]!)).not.toBe('')
  })

  it('refuses 10,000 mangled links with a message, never throwing and never misreading', async () => {
    const original = state(example('kinesis-poison'), { positionMs: 1500, panel: 'log' })
    const good = await link(original)
    const mangle = fc.oneof(
      fc.nat().map((n) => (s: string) => s.slice(0, n % s.length)),
      fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3, unit: 'binary' })).map(
        ([n, c]) =>
          (s: string) =>
            s.slice(0, n % s.length) + c + s.slice((n % s.length) + 1),
      ),
      fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 8 })).map(
        ([n, c]) =>
          (s: string) =>
            s.slice(0, n % s.length) + c + s.slice(n % s.length),
      ),
      fc.tuple(fc.nat(), fc.nat({ max: 50 })).map(
        ([n, k]) =>
          (s: string) =>
            s.slice(0, n % s.length) + s.slice((n % s.length) + k + 1),
      ),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(mangle, { minLength: 1, maxLength: 3 }), async (fns) => {
        const bad = fns.reduce((s, f) => f(s), good)
        const r = await decodeShareHash(bad)
        if (r.kind === 'error') {
          expect(r.issues.length).toBeGreaterThan(0)
          for (const i of r.issues) expect(i.message.length).toBeGreaterThan(0)
        } else if (r.kind === 'ok') {
          // Only a change the checksum cannot see (padding bits, a view setting to another valid one): same document.
          expect(JSON.stringify(r.state.scenario)).toBe(JSON.stringify(original.scenario))
        }
      }),
      { numRuns: 10_000 },
    )
  }, 120_000)
})
