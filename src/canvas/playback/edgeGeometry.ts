/**
 * Edge paths as React Flow drew them (flow coordinates), sampled once per layout change. The token layer reads the
 * `d` attribute each frame only to notice a change; sampling (getPointAtLength) happens when it does.
 */
import { samplePath, type PathSamples } from '../../animation/tokenProgress'

interface Entry {
  el: SVGPathElement | null
  d: string | null
  samples: PathSamples | null
}

export class EdgeGeometry {
  private readonly entries = new Map<string, Entry>()
  private frame = 0
  private readonly checked = new Map<string, number>()

  private readonly root: () => HTMLElement | null

  constructor(root: () => HTMLElement | null) {
    this.root = root
  }

  /** Call once per drawn frame: each edge's path is re-checked at most once per frame. */
  nextFrame(): void {
    this.frame++
  }

  samples(edgeId: string): PathSamples | null {
    let entry = this.entries.get(edgeId)
    if (entry && this.checked.get(edgeId) === this.frame) return entry.samples
    this.checked.set(edgeId, this.frame)
    if (!entry) this.entries.set(edgeId, (entry = { el: null, d: null, samples: null }))
    if (!entry.el || !entry.el.isConnected) {
      entry.el =
        this.root()?.querySelector<SVGPathElement>(
          `.react-flow__edge[data-id="${CSS.escape(edgeId)}"] path.react-flow__edge-path`,
        ) ?? null
    }
    const d = entry.el?.getAttribute('d') ?? null
    if (d !== entry.d) {
      entry.d = d
      const el = entry.el
      entry.samples = el && d ? samplePath((len) => el.getPointAtLength(len), el.getTotalLength()) : null
    }
    return entry.samples
  }
}
