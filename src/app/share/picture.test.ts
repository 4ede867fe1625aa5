import { describe, expect, it } from 'vitest'
import { exampleFromSearch, exampleNames } from '../exampleFromUrl'
import { embedSnippet } from './embedCode'
import { scenarioSvg } from './scenarioSvg'

const words = { typeName: (t: string) => t, roleName: (r: string) => r, caption: 'Lambdascope' }
const XSS = '<img src=x onerror=alert(1)>"\'&'

describe('static picture and embed code', () => {
  it('draws every node and edge of every example, in both themes', () => {
    for (const name of exampleNames()) {
      const r = exampleFromSearch(`?example=${name}`)
      if (r.kind !== 'ok') throw new Error(name)
      for (const theme of ['light', 'dark'] as const) {
        const svg = scenarioSvg(r.scenario, theme, words)
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
        expect(svg.match(/data-edge=/g)?.length ?? 0).toBe(r.scenario.edges.length)
        const services = r.scenario.nodes.filter((n) => n.type !== 'vpc' && n.type !== 'account').length
        expect(svg.match(/data-node=/g)?.length ?? 0).toBe(services)
      }
    }
  })
  it('keeps user text as text (titles, labels) in the picture and the snippet', () => {
    const r = exampleFromSearch('?example=s3-dlq')
    if (r.kind !== 'ok') throw new Error()
    const doc = { ...r.scenario, title: XSS, nodes: r.scenario.nodes.map((n) => ({ ...n, label: XSS })) }
    const svg = scenarioSvg(doc, 'light', words)
    expect(svg).not.toContain('<img')
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;')
    const code = embedSnippet({
      embedUrl: 'https://x.test/embed.html#s=1.a',
      appUrl: 'https://x.test/#s=1.a',
      size: '640',
      controls: 'full',
      theme: 'auto',
      lang: 'en',
      autoplay: true,
      clickToLoad: false,
      frameTitle: XSS,
      fallbackText: XSS,
    })
    expect(code).not.toContain('<img')
    expect(code).toContain('loading="lazy"')
    expect(code).toContain('width="640" height="360"')
    expect(code).toContain('autoplay=1')
  })
})
