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

/**
 * An edit inside an optional object with required keys (client `retry` needs `maxAttempts`), made whole: setting a
 * field of an absent object brings the required keys along at their defaults; removing a required key removes the
 * object (back to the AWS default) when nothing else is in it, else sets that key to its default. Other edits pass.
 */
export function completeEdit(
  root: unknown,
  path: FieldPath,
  value: unknown,
  required: readonly string[],
  defaults: (key: string) => unknown,
): { path: FieldPath; value: unknown } {
  const key = path[path.length - 1]
  if (required.length === 0 || key === undefined) return { path, value }
  const parentPath = path.slice(0, -1)
  const parent = getAtPath(root, parentPath)
  if (value === undefined) {
    if (!required.includes(key)) return { path, value }
    // Clearing the required key while typing must not drop the object's other settings: it goes back to its default.
    const others = isObj(parent) && Object.keys(parent).some((k) => k !== key)
    return others ? { path, value: defaults(key) } : { path: parentPath, value: undefined }
  }
  if (parent !== undefined) return { path, value }
  const whole: Record<string, unknown> = {} // safe-keys: field names from the schema, not user text
  for (const r of required) if (r !== key) whole[r] = defaults(r)
  whole[key] = value
  return { path: parentPath, value: whole }
}
