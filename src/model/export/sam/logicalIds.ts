/**
 * CloudFormation logical ids are letters and digits only (at most 255). A node id like `sync-job` becomes `SyncJob`;
 * a clash (`a-b` and `a.b`) gets a numeric suffix, in document order, so the same scenario always gives the same ids.
 */
const pascal = (id: string) =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('')

export class LogicalIds {
  private readonly used = new Set<string>()
  private readonly byKey = new Map<string, string>()

  /** A fresh id for `key` (a node id plus a role such as `Role`), stable for the same key. */
  id(key: string, base: string): string {
    const known = this.byKey.get(key)
    if (known !== undefined) return known
    let stem = pascal(base) || 'Resource'
    if (!/^[A-Za-z]/.test(stem)) stem = `R${stem}`
    stem = stem.slice(0, 200)
    let candidate = stem
    for (let n = 2; this.used.has(candidate); n++) candidate = `${stem}${n}`
    this.used.add(candidate)
    this.byKey.set(key, candidate)
    return candidate
  }
}
