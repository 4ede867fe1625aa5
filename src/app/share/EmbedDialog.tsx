import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStoreApi } from '../../store/useAppStore'
import { EMBED_SIZES, embedSnippet, type EmbedControls, type EmbedSizeId, type EmbedTheme } from './embedCode'
import { currentLink } from './applyShare'

/**
 * "Copy embed code": the iframe snippet for the current scenario and view, with size, controls, theme and loading
 * options.
 */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [links, setLinks] = useState<{ embed: string; app: string } | { error: string } | null>(null)
  const [size, setSize] = useState<EmbedSizeId>('responsive')
  const [controls, setControls] = useState<EmbedControls>('full')
  const [theme, setTheme] = useState<EmbedTheme>('auto')
  const [autoplay, setAutoplay] = useState(false)
  const [clickToLoad, setClickToLoad] = useState(false)
  const [status, setStatus] = useState('')

  useEffect(() => {
    ref.current?.showModal()
    void (async () => {
      const [embed, app] = await Promise.all([currentLink(store, 'embed.html'), currentLink(store)])
      if (!embed.ok)
        setLinks({
          error: t('share.linkTooLong', {
            length: embed.issue.params?.length ?? 0,
            limit: embed.issue.params?.limit ?? 0,
          }),
        })
      else if (app.ok) setLinks({ embed: embed.url, app: app.url })
    })()
  }, [store, t])

  const title = store.getState().scenario.title
  const lang = store.getState().locale
  const code = useMemo(
    () =>
      links && 'embed' in links
        ? embedSnippet({
            embedUrl: links.embed,
            appUrl: links.app,
            size,
            controls,
            theme,
            lang,
            autoplay,
            clickToLoad,
            frameTitle: t('share.embedFrameTitle', { title }),
            fallbackText: t('share.embedFallback', { title }),
          })
        : '',
    [links, size, controls, theme, lang, autoplay, clickToLoad, t, title],
  )
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code)
      setStatus(t('share.embedCopied'))
    } catch {
      setStatus(t('share.linkReady'))
    }
  }

  return (
    <dialog
      ref={ref}
      className="file-dialog share-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="file-dialog__content">
        <h2 id={titleId} className="file-dialog__title">
          {t('share.embedTitle')}
        </h2>
        <div className="file-dialog__body">
          <p>{t('share.embedIntro')}</p>
          <div className="share-dialog__options">
            <label className="field">
              <span className="field__label">{t('share.embedSize')}</span>
              <select className="select" value={size} onChange={(e) => setSize(e.target.value as EmbedSizeId)}>
                {EMBED_SIZES.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.id === 'responsive'
                      ? t('share.embedResponsive')
                      : t('share.embedFixed', { width: s.width, height: s.height })}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">{t('share.embedControls')}</span>
              <select
                className="select"
                value={controls}
                onChange={(e) => setControls(e.target.value as EmbedControls)}
              >
                <option value="full">{t('share.controlsFull')}</option>
                <option value="minimal">{t('share.controlsMinimal')}</option>
                <option value="none">{t('share.controlsNone')}</option>
              </select>
            </label>
            <label className="field">
              <span className="field__label">{t('header.darkTheme')}</span>
              <select className="select" value={theme} onChange={(e) => setTheme(e.target.value as EmbedTheme)}>
                <option value="auto">{t('share.themeAuto')}</option>
                <option value="light">{t('share.exportLight')}</option>
                <option value="dark">{t('share.exportDark')}</option>
              </select>
            </label>
            <label className="share-dialog__check">
              <input type="checkbox" checked={autoplay} onChange={(e) => setAutoplay(e.target.checked)} />{' '}
              {t('share.embedAutoplay')}
            </label>
            <label className="share-dialog__check">
              <input type="checkbox" checked={clickToLoad} onChange={(e) => setClickToLoad(e.target.checked)} />{' '}
              {t('share.embedClickToLoad')}
            </label>
          </div>
          {links && 'error' in links ? (
            <p role="alert">{links.error}</p>
          ) : (
            <label className="file-dialog__paste">
              <span className="field__label">{t('share.embedCode')}</span>
              <textarea
                className="input file-dialog__textarea share-dialog__code"
                readOnly
                value={code}
                spellCheck={false}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
          )}
          <p role="status" className="share-dialog__status">
            {status}
          </p>
        </div>
        <div className="file-dialog__actions">
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            {t('share.close')}
          </button>
          <button type="button" className="button button--primary" disabled={code === ''} onClick={() => void copy()}>
            {t('share.embedCopy')}
          </button>
        </div>
      </div>
    </dialog>
  )
}
