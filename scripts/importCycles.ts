/**
 * Import cycles inside a folder, type-only imports included: a loop of files that import each other is a knot a
 * reader cannot start from (src/sim builds bottom-up: kernel ← functions ← push, pollers ← simulate).
 * Pure (sources are passed in) so the check can be tested with planted cycles.
 */

/** `import … from './x'` / `export … from './x'` (a relative specifier, captured), type-only included. */
const STATIC_IMPORT = String.raw`(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]`
/** `import('./x')`. */
const DYNAMIC_IMPORT = String.raw`import\(\s*['"](\.[^'"]+)['"]\s*\)`
const IMPORT_RE = new RegExp(`${STATIC_IMPORT}|${DYNAMIC_IMPORT}`, 'g')

function resolve(fromFile: string, spec: string): string {
  const parts = fromFile.split('/')
  parts.pop()
  for (const seg of spec.split('/')) {
    if (seg === '..') parts.pop()
    else if (seg !== '.') parts.push(seg)
  }
  return parts.join('/')
}

/** Relative imports of one file, resolved to paths (as written: `./a.ts` → `dir/a.ts`). */
export function relativeImports(path: string, source: string): string[] {
  const out: string[] = []
  IMPORT_RE.lastIndex = 0
  for (let m = IMPORT_RE.exec(source); m; m = IMPORT_RE.exec(source)) out.push(resolve(path, m[1] ?? m[2] ?? ''))
  return out
}

/**
 * Every cycle among `files` (path → source; paths with '/' separators), each as the list of files in the loop,
 * starting from its smallest path. Imports of files outside `files` are ignored.
 */
export function importCycles(files: ReadonlyMap<string, string>): string[][] {
  const graph = new Map<string, string[]>()
  for (const [path, src] of files)
    graph.set(
      path,
      relativeImports(path, src).filter((p) => files.has(p)),
    )
  // Tarjan's strongly connected components: any component of 2+ files (or a file importing itself) is a cycle.
  let index = 0
  const idx = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (v: string): void => {
    idx.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!))
    }
    if (low.get(v) !== idx.get(v)) return
    const comp: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      comp.push(w)
    } while (w !== v)
    if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(comp.sort())
  }
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v)
  return cycles
}
