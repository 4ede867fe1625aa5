import { afterEach } from 'vitest'
import { cleanup } from '@testing-library/react'
import { MotionGlobalConfig } from 'motion/react'
import { initI18n, registerLocale } from '../i18n'
import { en } from '../i18n/en/index'
import { ja } from '../i18n/ja/index'

// Finish motion animations at once in tests (no real time, and no WAAPI AbortError on unmount).
MotionGlobalConfig.skipAnimations = true
initI18n('en')
// The app starts with English's first-frame areas and fetches the rest after it; tests have every string at once.
registerLocale('en', en)
// The app fetches Japanese on demand (setLanguage); tests switch synchronously, so it is registered up front.
registerLocale('ja', ja)

afterEach(() => {
  cleanup()
  localStorage.clear()
})

// React Flow measures with ResizeObserver, which jsdom lacks.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver

// jsdom has no matchMedia; the app asks it for the colour-scheme preference.
globalThis.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener() {},
  removeListener() {},
  addEventListener() {},
  removeEventListener() {},
  dispatchEvent: () => false,
})) as typeof matchMedia
