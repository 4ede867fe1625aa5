/** A path inside a node, an edge or the scenario itself, e.g. ['config', 'async', 'maxRetryAttempts']. */
export type FieldPath = readonly string[]

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

export function getAtPath(root: unknown, path: FieldPath): unknown {
  let cur: unknown = root
  for (const k of path) {
    if (!isObj(cur)) return undefined
    cur = cur[k]
  }
  return cur
}

/**
 * A copy of `root` with `path` set to `value`, or removed when `value` is undefined (reset to the AWS default).
 * Objects left empty by a removal are removed too, so the document stays as a person would write it.
 */
export function setAtPath<T extends object>(root: T, path: FieldPath, value: unknown): T {
  const [head, ...rest] = path
  if (head === undefined) return root
  const obj = root as Obj
  const copy: Obj = { ...obj }
  if (rest.length === 0) {
    if (value === undefined) delete copy[head]
    else copy[head] = value
    return copy as T
  }
  const child = isObj(obj[head]) ? (obj[head] as Obj) : {}
  const next = setAtPath(child, rest, value)
  if (Object.keys(next).length === 0) delete copy[head]
  else copy[head] = next
  return copy as T
}
