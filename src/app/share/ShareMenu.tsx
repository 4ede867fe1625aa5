import { lazy, Suspense, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatSimTime } from '../../animation/formatSimTime'
import { loadEnglish } from '../../i18n'
import { useAppStoreApi } from '../../store/useAppStore'
import { MenuButton } from '../MenuButton'
import './share.css'

const EmbedDialog = lazy(() => Promise.all([import('./EmbedDialog'), loadEnglish()]).then(([m]) => m))

type Item = 'link' | 'embed' | 'svg-light' | 'svg-dark' | 'png-light' | 'png-dark'
const ITEMS: readonly Item[] = ['link', 'embed', 'svg-light', 'svg-dark', 'png-light', 'png-dark']

/** The header's Share menu: Copy link, Copy embed code, Export picture (SVG / PNG, light / dark). */
export function ShareMenu() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const [embedOpen, setEmbedOpen] = useState(false)
  const [copied, setCopied] = useState<{ url: string; message: string } | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  const copyLink = async () => {
    // The link codec is not in the first frame (#16): fetched on the first Copy link.
    const { currentLink } = await import('./applyShare')
    const link = await currentLink(store)
    if (!link.ok) {
      setCopied({
        url: '',
        message: t('share.linkTooLong', {
          length: link.issue.params?.length ?? 0,
          limit: link.issue.params?.limit ?? 0,
        }),
      })
      return
    }
    let ok = false
    try {
      await navigator.clipboard.writeText(link.url)
      ok = true
    } catch {
      ok = false // not allowed (no permission, an embed): the link is shown to copy by hand
    }
    const time = formatSimTime(store.getState().positionMs)
    setCopied({ url: link.url, message: ok ? t('share.linkCopied', { time }) : t('share.linkReady') })
  }
  const exportPicture = async (item: Item) => {
    const [format, theme] = item.split('-') as ['svg' | 'png', 'light' | 'dark']
    const { exportPicture } = await import('./exportPicture')
    const name = await exportPicture(store.getState().scenario, theme, format)
    setCopied({ url: '', message: t('share.exported', { name }) })
  }
  const run = (item: Item) => {
    if (item === 'link') void copyLink()
    else if (item === 'embed') setEmbedOpen(true)
    else void exportPicture(item)
  }
  const label = (item: Item) => {
    if (item === 'link') return t('share.copyLink')
    if (item === 'embed') return t('share.copyEmbed')
    const [format, theme] = item.split('-')
    const formatName = format === 'svg' ? t('share.exportSvg') : t('share.exportPng')
    return `${formatName} · ${theme === 'dark' ? t('share.exportDark') : t('share.exportLight')}`
  }
  return (
    <div className="file-menu share-menu">
      <MenuButton
        listId="share-menu-list"
        label={t('share.menu')}
        items={ITEMS}
        itemLabel={label}
        onRun={run}
        keepsFocus={(item) => item === 'embed'}
        buttonRef={buttonRef}
        listClassName="share-menu__list"
      />
      <div className="share-menu__status" role="status">
        {copied ? (
          <div className="share-toast">
            <p>{copied.message}</p>
            {copied.url !== '' ? (
              <input
                className="input share-toast__url"
                readOnly
                value={copied.url}
                aria-label={t('share.linkLabel')}
                onFocus={(e) => e.currentTarget.select()}
              />
            ) : null}
            <button type="button" className="button button--small" onClick={() => setCopied(null)}>
              {t('share.close')}
            </button>
          </div>
        ) : null}
      </div>
      {embedOpen ? (
        <Suspense fallback={null}>
          <EmbedDialog
            onClose={() => {
              setEmbedOpen(false)
              buttonRef.current?.focus()
            }}
          />
        </Suspense>
      ) : null}
    </div>
  )
}
