import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react'
import { afterPaint } from '../../store/afterPaint'

/**
 * A layer that draws a run (tokens, node chips) as its own chunk: it reads the engine's views (sim/views), which the
 * editor's first frame, the bare canvas, does not load (#16). Fetched once the canvas is painted (a frame, then a
 * task) — when the run's own code is fetched too — and drawn when it lands; nothing stands in for it meanwhile (there
 * is no run to draw yet). A chunk that cannot be fetched (offline before it was cached) draws nothing: the run's own
 * status says the engine could not load.
 */
function runLayer(load: () => Promise<ComponentType>): ComponentType {
  const Inner = lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: () => null }),
    ),
  )
  return function RunLayer() {
    const [painted, setPainted] = useState(false)
    useEffect(() => afterPaint(() => setPainted(true)), [])
    return painted ? (
      <Suspense fallback={null}>
        <Inner />
      </Suspense>
    ) : null
  }
}

export const TokenLayer = runLayer(() => import('./TokenLayer').then((m) => m.TokenLayer))
export const NodeOverlays = runLayer(() => import('./NodeOverlays').then((m) => m.NodeOverlays))
