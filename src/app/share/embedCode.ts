/** The iframe snippet "Copy embed code" writes. Pure (tests run it in node); every user text is escaped. */

export const EMBED_SIZES = [
  { id: 'responsive', width: 0, height: 0 },
  { id: '480', width: 480, height: 270 },
  { id: '640', width: 640, height: 360 },
  { id: '960', width: 960, height: 540 },
] as const
export type EmbedSizeId = (typeof EMBED_SIZES)[number]['id']
export type EmbedControls = 'full' | 'minimal' | 'none'
export type EmbedTheme = 'auto' | 'light' | 'dark'

export interface EmbedOptions {
  /** The embed page's URL with the scenario in its hash (`…/embed.html#s=1.…`). */
  embedUrl: string
  /** The full editor's URL with the same state (the fallback link). */
  appUrl: string
  size: EmbedSizeId
  controls: EmbedControls
  theme: EmbedTheme
  lang: string
  autoplay: boolean
  clickToLoad: boolean
  /** Already translated: the iframe's `title` and the fallback link's text. */
  frameTitle: string
  fallbackText: string
}

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** The embed URL with the options as query parameters (the hash keeps the scenario). */
export function embedSrc(
  o: Pick<EmbedOptions, 'embedUrl' | 'controls' | 'theme' | 'lang' | 'autoplay' | 'clickToLoad'>,
): string {
  const url = new URL(o.embedUrl)
  url.searchParams.set('lang', o.lang)
  url.searchParams.set('theme', o.theme)
  url.searchParams.set('controls', o.controls)
  if (o.autoplay) url.searchParams.set('autoplay', '1')
  if (o.clickToLoad) url.searchParams.set('load', 'click')
  return url.toString()
}

export function embedSnippet(o: EmbedOptions): string {
  const size = EMBED_SIZES.find((s) => s.id === o.size) ?? EMBED_SIZES[0]
  const style =
    size.id === 'responsive'
      ? 'width:100%;aspect-ratio:16/9;border:0'
      : `width:${size.width}px;max-width:100%;aspect-ratio:16/9;border:0`
  const dims = size.id === 'responsive' ? '' : ` width="${size.width}" height="${size.height}"`
  return [
    `<iframe src="${escapeHtml(embedSrc(o))}" title="${escapeHtml(o.frameTitle)}"${dims} loading="lazy" ` +
      `style="${style}" allow="clipboard-write; fullscreen" referrerpolicy="no-referrer">`,
    `  <a href="${escapeHtml(o.appUrl)}">${escapeHtml(o.fallbackText)}</a>`,
    `</iframe>`,
  ].join('\n')
}
