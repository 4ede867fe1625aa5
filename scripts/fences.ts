/**
 * The architecture fences, as code. Layers import one way only:
 *   model → sim → lessons → store → animation → canvas | panels → app     (i18n is a leaf)
 * and exporters (model, sim → exporters → panels | app), the text written for the user's own account.
 * The pure core (model, sim) never touches UI libraries, the DOM, the clock or randomness; nor does the exporters'
 * own code (the code it writes as text may: that runs in AWS, not here).
 * `checkSource` is pure so the fences themselves can be tested with planted violations.
 */

export const LAYERS = [
  'model',
  'sim',
  'lessons',
  'store',
  'animation',
  'canvas',
  'panels',
  'app',
  'i18n',
  'exporters',
  'test',
] as const
export type Layer = (typeof LAYERS)[number]

/** Which layers each layer may import (besides itself). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  model: [],
  sim: ['model'],
  lessons: ['model', 'sim', 'i18n'],
  store: ['model', 'sim', 'lessons'],
  animation: ['model', 'sim', 'lessons', 'store'],
  canvas: ['model', 'sim', 'lessons', 'store', 'animation', 'i18n'],
  panels: ['model', 'sim', 'lessons', 'store', 'animation', 'i18n', 'exporters'],
  app: ['model', 'sim', 'lessons', 'store', 'animation', 'canvas', 'panels', 'i18n', 'exporters'],
  i18n: [],
  exporters: ['model', 'sim'],
  // Shared test builders may use anything; only test files may import them (checked below).
  test: ['model', 'sim', 'lessons', 'store', 'animation', 'canvas', 'panels', 'app', 'i18n', 'exporters'],
}

/** Packages the pure core may import. Everything else (react, zustand, @xyflow, motion, i18next…) is refused. */
const CORE_PACKAGES = new Set(['zod', 'fflate', 'yaml'])
/** Packages the core may name in `import type` only (no runtime code): AWS's event types for the payload generators. */
const CORE_TYPE_PACKAGES = new Set(['aws-lambda'])
/** The pure layers: the core, and the exporters, whose own code is held to the same rules as the core's. */
const CORE_LAYERS: ReadonlySet<Layer> = new Set(['model', 'sim', 'exporters'])
const ONE_WAY =
  'layers import one way: model → sim → lessons → store → animation → canvas | panels → app; ' +
  'model, sim → exporters → panels | app; i18n is a leaf'

/** Ambient time, timers, randomness and the DOM: forbidden in the core (time and seed are passed in). */
const CORE_FORBIDDEN_GLOBALS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\bDate\b/, what: 'Date (the clock)' },
  { pattern: /\bperformance\b/, what: 'performance (the clock)' },
  { pattern: /\bsetTimeout\b|\bsetInterval\b|\bsetImmediate\b|\bqueueMicrotask\b/, what: 'timers' },
  { pattern: /\brequestAnimationFrame\b/, what: 'requestAnimationFrame' },
  { pattern: /\bMath\s*\.\s*random\b/, what: 'Math.random (pass a seed)' },
  { pattern: /\bcrypto\b/, what: 'crypto (randomness)' },
  { pattern: /\b(window|document|localStorage|sessionStorage|navigator)\b/, what: 'the DOM' },
]

export interface FenceViolation {
  file: string
  line: number
  message: string
}

/** Blank out comments and string/template contents so patterns only see code (keeps line numbers). */
export function stripCommentsAndStrings(source: string): string {
  let out = ''
  let i = 0
  const n = source.length
  while (i < n) {
    const c = source[i]
    const next = source[i + 1]
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i++
    } else if (c === '/' && next === '*') {
      i += 2
      while (i < n && !(source[i] === '*' && source[i + 1] === '/')) {
        out += source[i] === '\n' ? '\n' : ' '
        i++
      }
      i += 2
    } else if (c === '"' || c === "'" || c === '`') {
      out += c
      i++
      while (i < n && source[i] !== c) {
        if (source[i] === '\\') i++
        out += source[i] === '\n' ? '\n' : ' '
        i++
      }
      out += c
      i++
    } else {
      out += c
      i++
    }
  }
  return out
}

const IMPORT_RE =
  /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

export function layerOf(path: string): Layer | null {
  const m = /(?:^|\/)src\/([^/]+)\//.exec(path.replaceAll('\\', '/'))
  const name = m?.[1]
  return name && (LAYERS as readonly string[]).includes(name) ? (name as Layer) : null
}

function resolveRelative(fromFile: string, spec: string): string {
  const parts = fromFile.replaceAll('\\', '/').split('/')
  parts.pop()
  for (const seg of spec.split('/')) {
    if (seg === '..') parts.pop()
    else if (seg !== '.') parts.push(seg)
  }
  return parts.join('/') + '/'
}

/** Files that moved (issue #12): an import of the old place is refused with the new one named. */
export const MOVED: Readonly<Record<string, string>> = {
  'src/store/playbackSliceRuntime': 'src/sim/views/nodeRuntime',
  'src/sim/functions/faults': 'src/sim/faults',
  'src/store/playbackSlice': 'src/store/playback/slice',
  'src/store/playbackSliceInputs': 'src/store/playback/inputs',
  'src/store/playbackSliceRun': 'src/store/playback/run',
  'src/store/playbackSliceSelectors': 'src/store/playback/selectors',
  'src/panels/PlaybackBar': 'src/panels/playbackBar/PlaybackBar',
  'src/panels/PlaybackBarClock': 'src/panels/playbackBar/PlaybackBarClock',
  'src/panels/PlaybackBarEnd': 'src/panels/playbackBar/PlaybackBarEnd',
  'src/panels/PlaybackBarKeys': 'src/panels/playbackBar/PlaybackBarKeys',
  'src/panels/PlaybackBarModel': 'src/panels/playbackBar/PlaybackBarModel',
  'src/panels/PlaybackBarScrub': 'src/panels/playbackBar/PlaybackBarScrub',
  'src/panels/PlaybackBarSpeed': 'src/panels/playbackBar/PlaybackBarSpeed',
  'src/model/export/localTest': 'src/exporters/localTest',
  'src/model/export/experiment/index': 'src/exporters/experiment/index',
  'src/model/export/experiment/bundle': 'src/exporters/experiment/bundle',
  'src/model/export/experiment/plan': 'src/exporters/experiment/plan',
}

function movedTarget(fromFile: string, spec: string): string | null {
  const target = resolveRelative(fromFile, spec)
    .replace(/\/$/, '')
    .replace(/\.tsx?$/, '')
  const at = target.indexOf('src/')
  return at < 0 ? null : (MOVED[target.slice(at)] ?? null)
}

function isTestFile(path: string): boolean {
  return /\.(test|spec)\.tsx?$/.test(path)
}

/** Check one file's source against the fences. `path` is relative to the repository root. */
export function checkSource(path: string, source: string): FenceViolation[] {
  const layer = layerOf(path)
  if (!layer) return []
  const violations: FenceViolation[] = []
  const lineAt = (index: number) => source.slice(0, index).split('\n').length
  const test = isTestFile(path)

  IMPORT_RE.lastIndex = 0
  for (let m = IMPORT_RE.exec(source); m; m = IMPORT_RE.exec(source)) {
    const typeOnly = Boolean(m[1])
    const spec = m[2] ?? m[3] ?? ''
    const line = lineAt(m.index + (m[0].startsWith('\n') ? 1 : 0))
    if (spec.startsWith('.')) {
      const moved = movedTarget(path, spec)
      if (moved !== null) violations.push({ file: path, line, message: `'${spec}' moved to ${moved}` })
      const target = layerOf(resolveRelative(path, spec))
      if (!target || target === layer) continue
      if (target === 'test' && !test) {
        violations.push({
          file: path,
          line,
          message: `src/${layer} imports the shared test builders (src/test) outside a test file`,
        })
        continue
      }
      // lessons may name i18n keys as types only
      if (layer === 'lessons' && target === 'i18n' && !typeOnly) {
        violations.push({ file: path, line, message: 'src/lessons may import i18n as types only (import type …)' })
        continue
      }
      if (!ALLOWED[layer].includes(target) && !test) {
        violations.push({
          file: path,
          line,
          message: `src/${layer} must not import src/${target} (${ONE_WAY})`,
        })
      }
    } else if (CORE_LAYERS.has(layer) && !test) {
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!
      if (!CORE_PACKAGES.has(pkg) && !(typeOnly && CORE_TYPE_PACKAGES.has(pkg))) {
        const allowed = [...CORE_PACKAGES].join(', ')
        violations.push({
          file: path,
          line,
          message: `src/${layer} is pure and must not import '${spec}' (allowed packages: ${allowed})`,
        })
      }
    }
  }

  if (CORE_LAYERS.has(layer) && !test) {
    const code = stripCommentsAndStrings(source)
    const lines = code.split('\n')
    lines.forEach((text, idx) => {
      for (const { pattern, what } of CORE_FORBIDDEN_GLOBALS) {
        if (pattern.test(text)) {
          violations.push({
            file: path,
            line: idx + 1,
            message: `src/${layer} must not use ${what}: time and seed are passed in`,
          })
        }
      }
    })
  }
  return violations
}
