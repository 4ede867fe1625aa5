import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AppStoreProvider } from '../store/AppStoreProvider'
import { initI18n } from '../i18n'
import { App } from './App'

function renderApp(initial?: { theme?: 'light' | 'dark'; locale?: 'en' | 'ja' }) {
  initI18n(initial?.locale ?? 'en')
  return render(
    <AppStoreProvider initial={initial}>
      <App />
    </AppStoreProvider>,
  )
}

describe('<App /> shell', () => {
  it('shows the name, the canvas, the inspector and the playback bar', () => {
    renderApp()
    expect(screen.getByRole('heading', { level: 1, name: 'Lambdascope' })).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Architecture canvas' })).toBeTruthy()
    expect(screen.getByRole('complementary', { name: 'Inspector' })).toBeTruthy()
    const playback = screen.getByRole('region', { name: 'Playback' })
    expect(within(playback).getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true)
  })

  it('switches theme and language, and remembers them', async () => {
    const user = userEvent.setup()
    renderApp({ theme: 'light', locale: 'en' })
    await user.click(screen.getByRole('button', { name: 'Dark theme' }))
    expect(document.documentElement.dataset.theme).toBe('dark')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ja')
    expect(await screen.findByRole('region', { name: 'アーキテクチャ キャンバス' })).toBeTruthy()
    expect(document.documentElement.lang).toBe('ja')
    expect(JSON.parse(localStorage.getItem('lambdascope.preferences.v1') ?? '{}')).toEqual({
      theme: 'dark',
      locale: 'ja',
    })
  })
})
