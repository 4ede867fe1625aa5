import { describe, expect, it } from 'vitest'
import { exampleFromSearch } from '../../exampleFromUrl'
import { encodeShareHash } from '../../share/shareLink'
import { peekOpening } from './peek'
import { firstFramePicture } from './picture'

const INSETS = { top: 16, right: 24, bottom: 82, left: 56 }
const words = { typeName: (t: string) => t, roleName: (r: string) => r }
const XSS = '<img src=x onerror=alert(1)>"\'&'

function example(name: string) {
  const r = exampleFromSearch(`?example=${name}`)
  if (r.kind !== 'ok') throw new Error(name)
  return r.scenario
}

describe('the embed first frame reads the URL without the schema', () => {
  it('finds the document of a share link, with its language', async () => {
    const scenario = example('kinesis-poison')
    const link = await encodeShareHash({ scenario, inputs: [], view: { locale: 'ja' } })
    if (!link.ok) throw new Error('encode')
    expect(await peekOpening('', link.hash)).toEqual({ doc: scenario, locale: 'ja' })
  })

  it('finds a bundled example (with its era) and an inline document', async () => {
    const peek = await peekOpening('?example=s3-dlq&era=2018', '')
    expect(peek?.doc).toMatchObject({ title: example('s3-dlq').title, era: '2018' })
    expect(await peekOpening(`?scenario=${encodeURIComponent('{"title":"x"}')}`, '')).toEqual({
      doc: { title: 'x' },
      locale: null,
    })
  })

  it('gives nothing, never an exception, for no document or an unreadable one', async () => {
    for (const [search, hash] of [
      ['', ''],
      ['?example=nope', ''],
      ['?scenario=%7Bnot json', ''],
      ['', '#s=1.AAAA'],
      ['', '#s=1.!!'],
      ['', `#s=1.${'A'.repeat(300_000)}`],
    ] as const)
      expect(await peekOpening(search, hash)).toBeNull()
  })
})

describe('the first frame picture', () => {
  it('draws every service node at the opening fit, user text escaped', () => {
    const doc = { ...example('s3-dlq'), nodes: example('s3-dlq').nodes.map((n) => ({ ...n, label: XSS })) }
    const svg = firstFramePicture(doc, 'dark', words, 600, 310, INSETS)
    expect(svg).not.toBeNull()
    expect(svg?.match(/data-node=/g)).toHaveLength(3)
    expect(svg).not.toContain('<img')
    expect(svg).toContain('&lt;img src=x onerror=') // (a long label is cut to fit its node)
    expect(svg).toMatch(/<g transform="translate\([-\d.]+ [-\d.]+\) scale\([\d.]+\)">/)
  })

  it('draws nothing for a document it cannot read, or in a pane with no size', () => {
    expect(firstFramePicture({ nodes: 'x' }, 'light', words, 600, 310, INSETS)).toBeNull()
    expect(firstFramePicture(null, 'light', words, 600, 310, INSETS)).toBeNull()
    expect(firstFramePicture({ nodes: [], edges: [] }, 'light', words, 600, 310, INSETS)).toBeNull()
    expect(firstFramePicture(example('s3-dlq'), 'light', words, 0, 310, INSETS)).toBeNull()
  })
})
