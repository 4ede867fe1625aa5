import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react'
import { loadEnglish } from '../i18n'
import { LazyFallback } from './LazyFallback'
import { afterPaint } from '../store/afterPaint'

/** A component whose code is its own chunk: rendered through Suspense, fetchable ahead of need with `preload()`. */
export type LazyComponent<P> = ComponentType<P> & { preload: () => Promise<unknown> }

/**
 * A loader that can be retried: a failed fetch (offline before the chunk was cached) is not remembered. The part
 * shows once the English strings the first frame left out are there too (no key on screen).
 */
function retryable<P>(load: () => Promise<ComponentType<P>>) {
  let pending: Promise<{ default: ComponentType<P> }> | null = null
  return () =>
    (pending ??= Promise.all([load(), loadEnglish()]).then(
      ([component]) => ({ default: component }),
      (error: unknown) => {
        pending = null
        throw error
      },
    ))
}

/**
 * A panel (always mounted once the app is up, e.g. the inspector or the trace drawer) loaded as its own chunk.
 * `Fallback` (given the panel's props) keeps the panel's box while it loads (same element, same class), so the canvas
 * never jumps; by default a small status that shows a spinner only when the chunk is slow.
 *
 *   const Inspector = lazyPanel(() => import('../panels/Inspector').then((m) => m.Inspector), InspectorFallback)
 *
 * The panel's chunk is requested only after the first frame is painted (a frame, then a task), unless it is already
 * loaded: the first frame draws the fallback and never waits for, or parses, code it does not show.
 *
 * Errors (a chunk that fails to load) go to the nearest PanelBoundary, like a render error of the panel.
 */
export function lazyPanel<P extends object>(
  load: () => Promise<ComponentType<P>>,
  Fallback: ComponentType<P> = LazyFallback,
): LazyComponent<P> {
  let loaded = false
  const get = retryable(() =>
    load().then((component) => {
      loaded = true
      return component
    }),
  )
  const Inner = lazy(get)
  function LazyPanel(props: P) {
    const [painted, setPainted] = useState(loaded)
    useEffect(() => (painted ? undefined : afterPaint(() => setPainted(true))), [painted])
    if (!painted) return <Fallback {...props} />
    return (
      <Suspense fallback={<Fallback {...props} />}>
        <Inner {...props} />
      </Suspense>
    )
  }
  return Object.assign(LazyPanel, { preload: get })
}

/**
 * A dialog (or any part shown only on demand) loaded as its own chunk the first time `useOpen()` is true, then kept
 * mounted (it animates and restores focus itself). Nothing is drawn until then; while its chunk loads, nothing either
 * (a dialog appearing a moment later is better than a flash of a placeholder).
 *
 *   const FancyDialog = lazyDialog(() => import('./FancyDialog').then((m) => m.FancyDialog), () => useAppStore((s) =>
 * s.fancyOpen))
 */
export function lazyDialog<P extends object>(
  load: () => Promise<ComponentType<P>>,
  useOpen: () => boolean,
): LazyComponent<P> {
  const get = retryable(load)
  const Inner = lazy(get)
  function LazyDialog(props: P) {
    const open = useOpen()
    const [wanted, setWanted] = useState(open)
    if (open && !wanted) setWanted(true)
    if (!wanted) return null
    return (
      <Suspense fallback={null}>
        <Inner {...props} />
      </Suspense>
    )
  }
  return Object.assign(LazyDialog, { preload: get })
}

/**
 * Fetches chunks once the first frame is drawn and the page is idle, so a panel opened a moment later is already
 * there. Scheduled after a frame: chunks fetched before the first frame are what the first frame costs.
 */
export function preloadWhenIdle(parts: readonly { preload: () => Promise<unknown> }[]): () => void {
  let idle: number | null = null
  const run = () => {
    for (const p of parts) void p.preload().catch(() => undefined)
  }
  const frame = requestAnimationFrame(() => {
    idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: 2000 })
        : window.setTimeout(run, 200)
  })
  return () => {
    cancelAnimationFrame(frame)
    if (idle === null) return
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle)
    else clearTimeout(idle)
  }
}
