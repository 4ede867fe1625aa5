import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AppStoreProvider } from '../store/AppStoreProvider'
import { initI18n } from '../i18n'
import { App } from './App'
import { PanelBoundary } from './PanelBoundary'

let fail = true
function Fragile() {
  if (fail) throw new Error('selection points at nothing')
  return <p>inspector is back</p>
}

afterEach(() => {
  delete (globalThis as { __LAMBDASCOPE_TEST_THROW__?: unknown }).__LAMBDASCOPE_TEST_THROW__
  vi.restoreAllMocks()
})

describe('<PanelBoundary>', () => {
  it('shows what broke and a way back instead of a blank page; trying again renders the panel', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React logs the caught error
    initI18n('en')
    fail = true
    render(
      <AppStoreProvider>
        <PanelBoundary area="inspector">
          <Fragile />
        </PanelBoundary>
      </AppStoreProvider>,
    )
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('The inspector stopped working')
    expect(alert.textContent).toContain('What broke: selection points at nothing')
    fail = false
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('inspector is back')).toBeTruthy()
  })

  it('in the app, a failing inspector leaves the canvas and the playback bar working (ja)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    ;(globalThis as { __LAMBDASCOPE_TEST_THROW__?: unknown }).__LAMBDASCOPE_TEST_THROW__ = 'inspector'
    initI18n('ja')
    render(
      <AppStoreProvider initial={{ locale: 'ja' }}>
        <App />
      </AppStoreProvider>,
    )
    expect(screen.getByTestId('boundary-inspector').textContent).toContain('インスペクターが動作しなくなりました')
    expect(screen.getByRole('button', { name: 'シナリオを読み込み直す' })).toBeTruthy()
    expect(document.querySelector('.workspace__canvas .react-flow')).not.toBeNull()
    expect(document.querySelector('.transport')).not.toBeNull()
  }, 30_000)
})
