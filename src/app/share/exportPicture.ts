import { i18next } from '../../i18n'
import type { Scenario } from '../../model'
import { scenarioFileName } from '../persistence/codec'
import { scenarioSvg, type PictureTheme } from './scenarioSvg'

/** Words for the picture in the app's language (service names and roles as the canvas shows them). */
export function pictureWords(scenario: Scenario) {
  const t = i18next.t.bind(i18next) as unknown as (key: string, opts?: Record<string, unknown>) => string
  const has = (key: string) => i18next.exists(key)
  return {
    typeName: (type: string) => (has(`nodes.name.${type}`) ? t(`nodes.name.${type}`) : type),
    roleName: (role: string) => (has(`inspector.roles.${role}`) ? t(`inspector.roles.${role}`) : role),
    caption: `Lambdascope · ${scenario.era === '2018' ? '2018' : t('share.eraCurrent')}`,
  }
}

/** Renders the SVG to a PNG at 2× (crisp on slides). The SVG is self-contained, so drawing it taints nothing. */
async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.decoding = 'sync'
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve()
      img.onerror = () => reject(new Error('the picture could not be drawn'))
      img.src = url
    })
    const scale = 2
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth * scale
    canvas.height = img.naturalHeight * scale
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2D canvas')
    ctx.scale(scale, scale)
    ctx.drawImage(img, 0, 0)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Downloads the picture; returns the file name. */
export async function exportPicture(scenario: Scenario, theme: PictureTheme, format: 'svg' | 'png'): Promise<string> {
  const svg = scenarioSvg(scenario, theme, pictureWords(scenario))
  const base = scenarioFileName(scenario.title).replace(/\.lambdascope\.json$/, '')
  const name = `${base}-${theme}.${format}`
  download(name, format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg))
  return name
}
