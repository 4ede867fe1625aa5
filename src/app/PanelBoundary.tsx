import { Component, useState, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStoreApi } from '../store/useAppStore'
import './PanelBoundary.css'

export type BoundaryArea = 'canvas' | 'inspector' | 'playback' | 'drawer' | 'lesson' | 'app'

interface Caught {
  error: Error
  componentStack: string
}

/** React's error boundary (a class: hooks cannot catch render errors). Renders `fallback` once a child has thrown. */
class Boundary extends Component<
  { fallback: (caught: Caught, reset: () => void) => ReactNode; children: ReactNode },
  { caught: Caught | null }
> {
  override state: { caught: Caught | null } = { caught: null }

  static getDerivedStateFromError(error: unknown): { caught: Caught } {
    return { caught: { error: error instanceof Error ? error : new Error(String(error)), componentStack: '' } }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const e = error instanceof Error ? error : new Error(String(error))
    this.setState({ caught: { error: e, componentStack: info.componentStack ?? '' } })
  }

  reset = () => this.setState({ caught: null })

  override render(): ReactNode {
    return this.state.caught ? this.props.fallback(this.state.caught, this.reset) : this.props.children
  }
}

/**
 * Tests only: e2e sets `window.__LAMBDASCOPE_TEST_THROW__ = '<area>'` before the page loads (addInitScript) to make
 * that area throw while rendering. Nothing in the UI sets it; it is read once per render of the probe.
 */
function TestThrowProbe({ area }: { area: BoundaryArea }) {
  const wanted = (globalThis as { __LAMBDASCOPE_TEST_THROW__?: unknown }).__LAMBDASCOPE_TEST_THROW__
  if (wanted === area) throw new Error(`Test-only render failure in the ${area}`)
  return null
}

/** What a person can paste into a bug report: what broke, where, in which build and browser (no document content). */
function reportOf(area: BoundaryArea, caught: Caught): string {
  const stack = (caught.error.stack ?? '').split('\n').slice(0, 6).join('\n')
  return [
    `Lambdascope: the ${area} stopped working`,
    `${caught.error.name}: ${caught.error.message}`,
    stack,
    `Components:${caught.componentStack.split('\n').slice(0, 8).join('\n')}`,
    `Page: ${location.origin}${location.pathname}`,
    `Browser: ${navigator.userAgent}`,
  ].join('\n')
}

function Fallback({ area, caught, reset }: { area: BoundaryArea; caught: Caught; reset: () => void }) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const [copied, setCopied] = useState(false)
  const reload = () => {
    // The document itself is fine (it passed validation): a fresh copy drops the selection and playback that broke.
    const s = store.getState()
    s.openDocument({ ...s.scenario })
    reset()
  }
  const copy = () => {
    void navigator.clipboard?.writeText(reportOf(area, caught)).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }
  return (
    <div className={`panel-boundary panel-boundary--${area}`} role="alert" data-testid={`boundary-${area}`}>
      <h2 className="panel-boundary__title">
        {t('safety.boundary.title', { area: t(`safety.boundary.areas.${area}`) })}
      </h2>
      <p>{t('safety.boundary.detail')}</p>
      <p className="panel-boundary__error">{t('safety.boundary.error', { message: caught.error.message })}</p>
      <div className="panel-boundary__actions">
        <button type="button" className="button button--primary" onClick={reload}>
          {t('safety.boundary.reload')}
        </button>
        <button type="button" className="button" onClick={reset}>
          {t('safety.boundary.retry')}
        </button>
        <button type="button" className="button" onClick={copy}>
          {t('safety.boundary.copy')}
        </button>
      </div>
      <p className="panel-boundary__copied" role="status">
        {copied ? t('safety.boundary.copied') : ''}
      </p>
    </div>
  )
}

/** A failure inside shows what broke and a way back, in place of this area only — never a blank page. */
export function PanelBoundary({ area, children }: { area: BoundaryArea; children: ReactNode }) {
  return (
    <Boundary fallback={(caught, reset) => <Fallback area={area} caught={caught} reset={reset} />}>
      <TestThrowProbe area={area} />
      {children}
    </Boundary>
  )
}
