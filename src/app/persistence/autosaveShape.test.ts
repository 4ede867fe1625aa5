/**
 * The cheap check that admits the autosave to the editor's first frame without the schema (#16): it never refuses a
 * document the schema accepts, and whatever it admits the schema either accepts as the same document or, read after
 * the first paint, sets aside byte for byte (readAutosaveText, what useAutosaveCheck runs).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../model'
import { pushScenarioArb } from '../../test/scenarioArbitraries'
import { PROPERTY_TIMEOUT_MS } from '../../test/timeouts'
import { exampleFromSearch, exampleNames } from '../exampleFromUrl'
import { AUTOSAVE_KEY, SET_ASIDE_PREFIX, type StorageLike } from './autosave'
import { readAutosaveText } from './autosaveLoad'
import { readAutosaveCheaply, scenarioShaped } from './autosaveShape'

const EXAMPLES = exampleNames().map((name) => {
  const r = exampleFromSearch(`?example=${name}`)
  if (r.kind !== 'ok') throw new Error(name)
  return r.scenario
})
const validArb: fc.Arbitrary<Scenario> = fc.oneof(fc.constantFrom(...EXAMPLES), pushScenarioArb)
const envelope = (scenario: unknown) => JSON.stringify({ v: 1, scenario })

function memoryStorage(raw: string): StorageLike & { data: Map<string, string> } {
  const data = new Map([[AUTOSAVE_KEY, raw]])
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  }
}

const DELETE = Symbol('delete')
/** `doc` with the value at the path `steps` picks (each step an index into the keys or items there) replaced. */
function mutate(doc: unknown, steps: readonly number[], value: unknown): unknown {
  const copy: unknown = structuredClone(doc)
  let at: unknown = copy
  for (let i = 0; i < steps.length; i++) {
    if (typeof at !== 'object' || at === null) return copy
    const keys = Object.keys(at)
    if (keys.length === 0) return copy
    const key = keys[(steps[i] ?? 0) % keys.length] ?? ''
    const holder = at as Record<string, unknown>
    const child = holder[key]
    const last = i === steps.length - 1 || typeof child !== 'object' || child === null
    if (last) {
      if (value === DELETE) {
        if (Array.isArray(holder)) holder.splice(Number(key), 1)
        else delete holder[key]
      } else holder[key] = value
      return copy
    }
    at = child
  }
  return copy
}

const replacementArb = fc.oneof(
  fc.constant(DELETE),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('nope', 'lambda', '', -1, 1e308, 2 ** 33, 0.5, null, [], {}, '__proto__'),
)

/** Saved texts as a damaged, older or hand-edited copy would be: one value changed, dropped or added; cut; rewrapped. */
const damagedRawArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(validArb, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), replacementArb)
    .map(([doc, steps, value]) => envelope(mutate(doc, steps, value))),
  fc
    .tuple(validArb, fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }))
    .map(([doc, k, v]) => envelope({ ...doc, [k]: v })),
  fc.tuple(validArb, fc.nat()).map(([doc, n]) => envelope(doc).slice(0, n % (envelope(doc).length + 1))),
  fc.tuple(validArb, fc.jsonValue({ maxDepth: 1 })).map(([doc, v]) => JSON.stringify({ v, scenario: doc })),
  validArb.map((doc) => JSON.stringify(doc)),
  fc.string(),
)

describe('the autosave read without the schema (first frame)', () => {
  it(
    'admits every document the schema accepts, as the same document',
    () => {
      fc.assert(
        fc.property(validArb, (doc) => {
          const raw = envelope(doc)
          const cheap = readAutosaveCheaply(raw)
          expect(cheap.kind).toBe('admit')
          const full = readAutosaveText(memoryStorage(raw), raw, 's')
          if (cheap.kind !== 'admit' || full.kind !== 'loaded') throw new Error('not admitted or not loaded')
          // The schema adds nothing (documents are stored as written): what the first frame shows is what it reads.
          expect(cheap.scenario).toEqual(full.scenario)
        }),
        { numRuns: 200 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'what it admits the schema accepts, or the check after the first paint sets aside byte for byte; what it refuses the schema refuses',
    () => {
      fc.assert(
        fc.property(damagedRawArb, (raw) => {
          const cheap = readAutosaveCheaply(raw)
          const storage = memoryStorage(raw)
          const full = readAutosaveText(storage, raw, 'stamp')
          if (cheap.kind === 'admit' && full.kind === 'loaded') {
            expect(full.scenario).toEqual(cheap.scenario)
            return
          }
          // Set aside: the text kept as it was, the autosave key free, located issues to show.
          expect(full.kind).toBe('setAside')
          expect(storage.data.get(`${SET_ASIDE_PREFIX}stamp`)).toBe(raw)
          expect(storage.data.has(AUTOSAVE_KEY)).toBe(false)
          if (full.kind === 'setAside') expect(full.issues.length).toBeGreaterThan(0)
          if (cheap.kind === 'envelope') expect(full).toMatchObject({ issues: [{ code: 'autosave.envelope' }] })
        }),
        { numRuns: 2000 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('refuses what the canvas could not draw, and what is not our envelope', () => {
    const doc = EXAMPLES[0]!
    expect(readAutosaveCheaply(envelope({ ...doc, nodes: [{ id: 'x', type: 'nope' }] })).kind).toBe('unsure')
    expect(
      readAutosaveCheaply(envelope({ ...doc, nodes: [{ id: 'x', type: 'sqs', position: { x: '1' } }] })).kind,
    ).toBe('unsure')
    expect(readAutosaveCheaply(envelope({ ...doc, edges: [{ from: 'a' }] })).kind).toBe('unsure')
    const reserved: unknown = JSON.parse(JSON.stringify(doc).replace('"nodes":[{', '"nodes":[{"__proto__":1,'))
    expect(scenarioShaped(reserved)).toBe(false)
    expect(scenarioShaped(doc)).toBe(true)
    for (const raw of ['{broken', JSON.stringify(doc), '[]', JSON.stringify({ v: 2, scenario: doc })])
      expect(readAutosaveCheaply(raw)).toEqual({ kind: 'envelope' })
  })
})
