/**
 * `npx tsx scripts/bundle-breakdown.ts`: what the editor's and the embed's initial chunks contain, by package or
 * src/ folder (docs/performance.md). Builds into a temp directory with source maps (dist/ is left alone), takes each
 * HTML entry's static import closure (what the page fetches before any dynamic import()), and attributes each
 * chunk's minified bytes to its sources through the source map; KB gz is the chunk's gzip -9 size shared out in
 * proportion (an estimate per group: gzip does not compress every source alike; the chunk totals are exact).
 * Dynamic imports that the first frame awaits (e.g. a lazily loaded part drawn at once) are not in the closure:
 * `npx tsx scripts/bench-load.ts` measures what is really requested before the first frame.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'vite'

type ChunkInfo = {
  name: string
  fileName: string
  isEntry: boolean
  imports: readonly string[]
  code: string
  sources: readonly string[]
  mappings: string
  /** The modules placed in this chunk, and those of them with code (tree-shaking may leave a module none). */
  modules: readonly string[]
  rendered: readonly string[]
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Source-map VLQ segments → output bytes per source index (each segment runs to the next one on its line). */
function bytesPerSource(code: string, mappings: string, sourceCount: number): number[] {
  const bytes = new Array<number>(sourceCount + 1).fill(0) // last slot: unmapped
  const lines = code.split('\n')
  let source = 0
  mappings.split(';').forEach((line, lineIndex) => {
    const lineLength = (lines[lineIndex]?.length ?? 0) + 1
    let column = 0
    const starts: { column: number; source: number }[] = []
    for (const segment of line.split(',')) {
      if (segment === '') continue
      const fields: number[] = []
      let value = 0
      let shift = 0
      for (const ch of segment) {
        const digit = B64.indexOf(ch)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      column += fields[0] ?? 0
      if (fields.length >= 4) {
        source += fields[1] ?? 0
        starts.push({ column, source })
      } else starts.push({ column, source: sourceCount })
    }
    let previous = 0
    let owner = sourceCount
    for (const s of starts) {
      bytes[owner]! += s.column - previous
      previous = s.column
      owner = s.source
    }
    bytes[owner]! += lineLength - previous
  })
  return bytes
}

/** A package name for node_modules, else src/<area>/<sub> (or src/<area> for files at its top); `--files`: the file. */
const BY_FILE = process.argv.includes('--files')
function groupOf(source: string): string {
  if (BY_FILE) return source
  const nm = source.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/')
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? source)
  }
  const parts = source.replace(/^.*?\bsrc\//, 'src/').split('/')
  if (parts[0] !== 'src') return source
  return parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/')
}

const root = resolve(import.meta.dirname, '..')
const outDir = mkdtempSync(join(tmpdir(), 'lambdascope-breakdown-'))
const chunks = new Map<string, ChunkInfo>()
/** Static imports per module id, for `--why <part of a path>`: the shortest static import chain from each page. */
const staticImports = new Map<string, readonly string[]>()
const collect: Plugin = {
  name: 'collect-chunks',
  apply: 'build',
  generateBundle() {
    for (const id of this.getModuleIds()) staticImports.set(id, this.getModuleInfo(id)?.importedIds ?? [])
  },
  writeBundle(_options, bundle) {
    for (const item of Object.values(bundle)) {
      if (item.type !== 'chunk') continue
      chunks.set(item.fileName, {
        name: item.name,
        fileName: item.fileName,
        isEntry: item.isEntry,
        imports: item.imports,
        code: item.code,
        sources: (item.map?.sources ?? []).map((s) => relative(root, resolve(outDir, 'assets', s))),
        mappings: item.map?.mappings ?? '',
        modules: Object.keys(item.modules),
        rendered: Object.entries(item.modules)
          .filter(([, m]) => m.renderedLength > 0)
          .map(([id]) => id),
      })
    }
  },
}
try {
  await build({
    root,
    logLevel: 'warn',
    plugins: [collect],
    build: { outDir, emptyOutDir: true, sourcemap: true },
  })
} finally {
  rmSync(outDir, { recursive: true, force: true })
}

function closure(entry: ChunkInfo): ChunkInfo[] {
  const seen = new Map<string, ChunkInfo>()
  const visit = (c: ChunkInfo) => {
    if (seen.has(c.fileName)) return
    seen.set(c.fileName, c)
    for (const i of c.imports) {
      const next = chunks.get(i)
      if (next) visit(next)
    }
  }
  visit(entry)
  return [...seen.values()]
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6)
// Entry names are vite.config.ts's `input` keys.
for (const [page, name] of [
  ['index.html', 'main'],
  ['embed.html', 'embed'],
] as const) {
  const entry = [...chunks.values()].find((c) => c.isEntry && c.name === name)
  if (!entry) throw new Error(`no entry chunk for ${page}`)
  const groups = new Map<string, { raw: number; gz: number }>()
  let totalGz = 0
  const perChunk: string[] = []
  for (const c of closure(entry)) {
    const gz = gzipSync(c.code, { level: 9 }).length
    totalGz += gz
    perChunk.push(`${kb(gz)}  ${c.fileName}`)
    const bytes = bytesPerSource(c.code, c.mappings, c.sources.length)
    const raw = bytes.reduce((a, b) => a + b, 0) || 1
    bytes.forEach((n, i) => {
      const g = i < c.sources.length ? groupOf(c.sources[i] ?? '') : '(unmapped)'
      const cur = groups.get(g) ?? { raw: 0, gz: 0 }
      groups.set(g, { raw: cur.raw + n, gz: cur.gz + (gz * n) / raw })
    })
  }
  console.log(`\n${page}: static closure ${kb(totalGz)} KB gz in ${perChunk.length} chunks`)
  for (const line of perChunk.sort().reverse()) console.log(`  ${line}`)
  console.log('  by package / folder (KB gz est., KB minified):')
  for (const [g, v] of [...groups].sort((a, b) => b[1].gz - a[1].gz)) {
    if (v.gz < 0.3) continue
    console.log(`  ${kb(v.gz)} ${kb(v.raw)}  ${g}`)
  }
}

const whyIndex = process.argv.indexOf('--why')
const target = whyIndex >= 0 ? process.argv[whyIndex + 1] : undefined
/**
 * The shortest static import chain from `start` to a module whose id contains `target`: through the modules of the
 * page's initial chunks to one with code there (`shipped`), or, without `shipped`, through the whole import graph.
 */
function chainTo(
  start: string,
  shipped?: { placed: ReadonlySet<string>; rendered: ReadonlySet<string> },
): string[] | null {
  const from = new Map<string, string | null>([[start, null]])
  const queue = [start]
  let found: string | undefined
  while (queue.length > 0 && found === undefined) {
    const id = queue.shift() ?? ''
    for (const next of staticImports.get(id) ?? []) {
      // Pure re-export modules (zod's index, a barrel) are placed in no chunk: the chain goes through them.
      if (from.has(next) || (shipped && !shipped.placed.has(next) && placedAnywhere.has(next))) continue
      from.set(next, id)
      if (next.includes(target ?? '') && (!shipped || shipped.rendered.has(next))) found = next
      queue.push(next)
    }
  }
  if (found === undefined) return null
  const chain: string[] = []
  for (let id: string | null | undefined = found; id; id = from.get(id)) chain.unshift(relative(root, id))
  return chain
}
const placedAnywhere = new Set([...chunks.values()].flatMap((c) => c.modules))
if (target !== undefined) {
  for (const [page, name] of [
    ['index.html', 'main'],
    ['embed.html', 'embed'],
  ] as const) {
    const start = resolve(root, page)
    const entry = [...chunks.values()].find((c) => c.isEntry && c.name === name)
    // Only modules whose code is in the page's initial chunks: an import whose exports are all unused (e.g. a barrel
    // re-export, src/model and src/sim being free of import-time effects) is in the graph but ships nothing.
    const initial = entry ? closure(entry) : []
    const chain = chainTo(start, {
      placed: new Set(initial.flatMap((c) => c.modules)),
      rendered: new Set(initial.flatMap((c) => c.rendered)),
    })
    console.log(`\n${page} → ${target}: ${chain ? chain.join('\n  → ') : 'not statically imported'}`)
    if (chain) {
      // Every module with code in the page that imports a matching module itself (not through a barrel).
      const rendered = initial.flatMap((c) => c.rendered)
      const importers = rendered.filter(
        (id) => !id.includes(target) && (staticImports.get(id) ?? []).some((i) => i.includes(target)),
      )
      console.log(`  imported directly by: ${importers.map((id) => relative(root, id)).join(', ')}`)
    }
    const graphOnly = chain ? null : chainTo(start)
    if (graphOnly)
      console.log(
        `  (imported, but tree-shaken: no code of it in ${page}'s initial chunks)\n  ${graphOnly.join('\n  → ')}`,
      )
  }
}
