import { useId, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/useAppStore'
import { selectLocale, selectSetLocale, selectTheme, selectToggleTheme } from '../store/selectors'
import { UI_LOCALES, type UiLocale } from '../store/uiSlice'
import { MoonIcon, SlidersIcon, SunIcon } from '../panels/icons'
import { Logo } from './Logo'
import { StartButtons } from './start/StartButtons'
import { FileMenu } from './persistence/FileMenu'
import { ShareMenu } from './share/ShareMenu'
import { WhatIfMenu } from './compare/WhatIfMenu'
import { INSPECTOR_ID } from '../panels/inspectorId'

/** Language names are written in their own language, so anyone can find theirs. */
const LOCALE_NAMES: Record<UiLocale, string> = { en: 'English', ja: '日本語' }

/**
 * `inspectorOpen`, `onToggleInspector`, `toggleRef`: the button that shows the side panel where it is hidden (narrow
 * screens, embeds); not drawn elsewhere.
 */
export function Header({
  inspectorOpen,
  onToggleInspector,
  toggleRef,
}: {
  inspectorOpen: boolean
  onToggleInspector: () => void
  toggleRef: Ref<HTMLButtonElement>
}) {
  const { t } = useTranslation()
  const theme = useAppStore(selectTheme)
  const locale = useAppStore(selectLocale)
  const toggleTheme = useAppStore(selectToggleTheme)
  const setLocale = useAppStore(selectSetLocale)
  const langId = useId()
  const dark = theme === 'dark'
  return (
    <header className="header">
      <div className="header__brand">
        <Logo />
        <h1 className="header__name">{t('app.name')}</h1>
        <p className="header__tagline">{t('app.tagline')}</p>
      </div>
      <div className="header__menus">
        <FileMenu />
        <ShareMenu />
        <WhatIfMenu />
        <StartButtons />
      </div>
      <div className="header__tools">
        <button
          ref={toggleRef}
          type="button"
          className="button button--icon header__inspector-toggle"
          aria-expanded={inspectorOpen}
          aria-controls={INSPECTOR_ID}
          onClick={onToggleInspector}
          title={t('header.settings')}
        >
          <SlidersIcon />
          <span className="button__label">{t('header.settings')}</span>
        </button>
        <label className="field-inline" htmlFor={langId}>
          <span className="field-inline__label">{t('header.language')}</span>
          <select id={langId} className="select" value={locale} onChange={(e) => setLocale(e.target.value as UiLocale)}>
            {UI_LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--icon"
          aria-pressed={dark}
          onClick={toggleTheme}
          title={t('header.darkTheme')}
        >
          {dark ? <MoonIcon /> : <SunIcon />}
          <span className="button__label">{t('header.darkTheme')}</span>
        </button>
      </div>
    </header>
  )
}
