/**
 * The static picture: the scenario's architecture as a standalone SVG (READMEs, slides, PDFs where no iframe goes).
 * Pure: the document, the theme and translated words in, SVG text out (node tests run it). All text is escaped; the
 * file carries its own colours and fonts (no stylesheet, no script), so it looks the same anywhere.
 */
import type { InvocationStyle, Scenario } from '../../model'
import { nodeBadges } from '../../store/nodeBadge'
import { absoluteBoxes, type Box } from '../../store/placement'
import { effectiveEdgeIds } from '../../model'
import { escapeHtml } from './embedCode'

export type PictureTheme = 'light' | 'dark'

/** The same colours as theme.css and canvas.css (AA in both themes). */
const PALETTE = {
  light: {
    bg: '#fbfcfd',
    surface: '#ffffff',
    group: '#f1f5f9',
    border: '#d5dae1',
    text: '#14181f',
    muted: '#4b5563',
    edge: '#64748b',
    sync: '#1d4ed8',
    async: '#6d28d9',
    polled: '#0f766e',
    compute: '#c2410c',
    data: '#475569',
    target: '#b45309',
    network: '#15803d',
    group_: '#4338ca',
    dlq: '#b91c1c',
    success: '#15803d',
    failure: '#c2410c',
  },
  dark: {
    bg: '#11151c',
    surface: '#161b23',
    group: '#1a2029',
    border: '#2d3643',
    text: '#e7ebf1',
    muted: '#a3adbb',
    edge: '#94a3b8',
    sync: '#60a5fa',
    async: '#a78bfa',
    polled: '#2dd4bf',
    compute: '#fb923c',
    data: '#94a3b8',
    target: '#fbbf24',
    network: '#4ade80',
    group_: '#818cf8',
    dlq: '#f87171',
    success: '#4ade80',
    failure: '#fb923c',
  },
} as const

export interface PictureWords {
  /** A node type's service name (`Amazon SQS`). */
  typeName: (type: string) => string
  /** An edge role in words (`trigger`, `DLQ`). */
  roleName: (role: string) => string
  /** A line under the title (era, time shown). */
  caption: string
}

const PAD = 32
const TITLE_H = 56
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', sans-serif"

function styleColour(theme: PictureTheme, style: InvocationStyle | undefined): string {
  const p = PALETTE[theme]
  switch (style) {
    case 'sync':
      return p.sync
    case 'async':
      return p.async
    case 'polled':
      return p.polled
    case 'compute':
      return p.compute
    case 'target':
      return p.target
    case 'network':
      return p.network
    case 'group':
      return p.group_
    default:
      return p.data
  }
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

export function scenarioSvg(doc: Scenario, theme: PictureTheme, words: PictureWords): string {
  const p = PALETTE[theme]
  const boxes = absoluteBoxes(doc)
  const minX = Math.min(0, ...boxes.map((b) => b.x))
  const minY = Math.min(0, ...boxes.map((b) => b.y))
  const maxX = Math.max(320, ...boxes.map((b) => b.x + b.width))
  const maxY = Math.max(120, ...boxes.map((b) => b.y + b.height))
  const width = Math.ceil(maxX - minX + 2 * PAD)
  const height = Math.ceil(maxY - minY + 2 * PAD + TITLE_H)
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${FONT_FAMILY}">`,
  )
  out.push(`<title>${escapeHtml(doc.title)}</title>`)
  out.push(`<rect width="100%" height="100%" fill="${p.bg}"/>`)
  out.push(
    `<text x="${PAD}" y="${PAD + 14}" font-size="18" font-weight="700" fill="${p.text}">` +
      `${escapeHtml(clip(doc.title, 90))}</text>`,
  )
  out.push(`<text x="${PAD}" y="${PAD + 36}" font-size="12" fill="${p.muted}">${escapeHtml(words.caption)}</text>`)
  out.push(`<g transform="translate(${PAD - minX} ${PAD + TITLE_H - minY})">`)
  out.push(...diagramSvg(doc, theme, words, boxes))
  out.push('</g>', '</svg>')
  return out.join('\n')
}

/**
 * The diagram alone, in the canvas's coordinates (the nodes' boxes as the canvas lays them out), as SVG elements: the
 * picture above adds its title; the embed's first frame (embed/firstFrame) places it at the canvas's opening fit.
 */
export function diagramSvg(
  doc: Scenario,
  theme: PictureTheme,
  words: Pick<PictureWords, 'typeName' | 'roleName'>,
  boxes: readonly Box[] = absoluteBoxes(doc),
  markerId = 'arrow',
): string[] {
  const p = PALETTE[theme]
  const byId = new Map(boxes.map((b) => [b.id, b]))
  const ox = 0
  const oy = 0
  const badges = nodeBadges(doc)
  const out: string[] = []
  out.push(
    `<defs><marker id="${markerId}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" ` +
      `orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${p.edge}"/></marker></defs>`,
  )
  // Groups (VPC, account) first, under everything.
  for (const n of doc.nodes) {
    const b = byId.get(n.id)
    if (!b || (n.type !== 'vpc' && n.type !== 'account')) continue
    const c = styleColour(theme, 'group')
    out.push(
      `<g><rect x="${b.x + ox}" y="${b.y + oy}" width="${b.width}" height="${b.height}" rx="10" ` +
        `fill="${p.group}" stroke="${c}" stroke-dasharray="6 4"/>`,
    )
    out.push(
      `<text x="${b.x + ox + 10}" y="${b.y + oy + 18}" font-size="12" font-weight="600" fill="${c}">` +
        `${escapeHtml(clip(`${words.typeName(n.type)} · ${n.label ?? n.id}`, 60))}</text></g>`,
    )
  }
  const ids = effectiveEdgeIds(doc.edges)
  doc.edges.forEach((e, i) => {
    const a = byId.get(e.from)
    const b = byId.get(e.to)
    if (!a || !b) return
    const x1 = a.x + a.width + ox
    const y1 = a.y + a.height / 2 + oy
    const x2 = b.x + ox
    const y2 = b.y + b.height / 2 + oy
    const dx = Math.max(40, Math.abs(x2 - x1) / 2)
    const colour =
      e.role === 'dlq' ? p.dlq : e.role === 'onFailure' ? p.failure : e.role === 'onSuccess' ? p.success : p.edge
    out.push(
      `<path data-edge="${escapeHtml(ids[i] ?? '')}" d="M${x1} ${y1}C${x1 + dx} ${y1} ${x2 - dx} ${y2} ${x2} ${y2}" ` +
        `fill="none" stroke="${colour}" stroke-width="1.6" marker-end="url(#${markerId})"/>`,
    )
    if (e.role) {
      const mx = (x1 + x2) / 2
      const my = (y1 + y2) / 2 - 6
      out.push(
        `<text x="${mx}" y="${my}" font-size="11" text-anchor="middle" fill="${p.muted}" stroke="${p.bg}" ` +
          `stroke-width="3" paint-order="stroke">${escapeHtml(words.roleName(e.role))}</text>`,
      )
    }
  })
  for (const n of doc.nodes) {
    const b = byId.get(n.id)
    if (!b || n.type === 'vpc' || n.type === 'account') continue
    const c = styleColour(theme, badges.get(n.id))
    const x = b.x + ox
    const y = b.y + oy
    out.push(
      `<g data-node="${escapeHtml(n.id)}"><rect x="${x}" y="${y}" width="${b.width}" height="${b.height}" rx="8" ` +
        `fill="${p.surface}" stroke="${p.border}"/>`,
    )
    out.push(`<rect x="${x}" y="${y}" width="4" height="${b.height}" rx="2" fill="${c}"/>`)
    out.push(
      `<text x="${x + 14}" y="${y + 24}" font-size="13" font-weight="600" fill="${p.text}">` +
        `${escapeHtml(clip(n.label ?? n.id, 24))}</text>`,
    )
    out.push(
      `<text x="${x + 14}" y="${y + 44}" font-size="11" fill="${p.muted}">` +
        `${escapeHtml(clip(words.typeName(n.type), 28))}</text></g>`,
    )
  }
  return out
}
