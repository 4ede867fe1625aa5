import { describe, expect, it } from 'vitest'
import { emptyScenario } from '../../store/scenarioDefaults'
import { rememberStartDismissed, showStartAtLaunch } from './startVisit'
import { loadStartExample, START_EXAMPLES } from './examples'

const memory = () => {
  const m = new Map<string, string>()
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) }
}

describe('start page at launch', () => {
  it('opens on a first visit, and not once dismissed', () => {
    const s = memory()
    expect(showStartAtLaunch({ fromLink: false, restored: null, storage: s })).toBe(true)
    rememberStartDismissed(s)
    expect(showStartAtLaunch({ fromLink: false, restored: null, storage: s })).toBe(false)
  })
  it("never over the user's work or a link's scenario", () => {
    const work = { ...emptyScenario('mine'), nodes: [{ id: 'fn', type: 'lambda' as const }] }
    expect(showStartAtLaunch({ fromLink: false, restored: work, storage: memory() })).toBe(false)
    expect(showStartAtLaunch({ fromLink: true, restored: null, storage: memory() })).toBe(false)
    // an empty autosaved canvas is no work: the page still helps
    expect(showStartAtLaunch({ fromLink: false, restored: emptyScenario('x'), storage: memory() })).toBe(true)
  })
  it('every example it offers opens', () => {
    for (const id of START_EXAMPLES) expect(loadStartExample(id)?.nodes.length).toBeGreaterThan(0)
  })
})
