/**
 * Static resolution of CloudFormation intrinsic functions: what can be known before deployment is computed
 * (parameters take their defaults, pseudo parameters our scenario's account and region, conditions are evaluated);
 * references to resources become `ResourceRef`s (the mapper turns them into node ids); anything else stays `UNKNOWN`
 * and is noted with its path. Never throws; recursion is bounded by the parsed tree (depth-limited) and a guard on
 * conditions that name each other.
 */

export class ResourceRef {
  readonly logicalId: string
  readonly attribute: string | null
  constructor(logicalId: string, attribute: string | null) {
    this.logicalId = logicalId
    this.attribute = attribute
  }
}

/** A string built from text and resource references (`!Sub "arn:…:${Fn.Arn}/invocations"`). */
export class Composite {
  readonly parts: readonly (string | ResourceRef)[]
  constructor(parts: readonly (string | ResourceRef)[]) {
    this.parts = parts
  }
}

export const UNKNOWN: unique symbol = Symbol('unknown')
const NO_VALUE: unique symbol = Symbol('AWS::NoValue')

export interface IntrinsicContext {
  parameters: ReadonlyMap<string, unknown>
  resources: ReadonlySet<string>
  mappings: unknown
  conditions: Readonly<Record<string, unknown>>
  accountId: string
  region: string
  /** Called once per value that could not be known statically. */
  onUnresolved(path: string, fn: string): void
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const own = (o: Record<string, unknown>, k: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined

/** The single key of an intrinsic function object, if `v` is one. */
function intrinsicKey(v: Record<string, unknown>): string | null {
  const keys = Object.keys(v)
  if (keys.length !== 1) return null
  const k = keys[0]!
  return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::') ? k : null
}

export function createResolver(ctx: IntrinsicContext) {
  const conditionCache = new Map<string, boolean | typeof UNKNOWN>()
  const evaluating = new Set<string>()

  const pseudo = (name: string): unknown => {
    switch (name) {
      case 'AWS::Region':
        return ctx.region
      case 'AWS::AccountId':
        return ctx.accountId
      case 'AWS::Partition':
        return 'aws'
      case 'AWS::URLSuffix':
        return 'amazonaws.com'
      case 'AWS::StackName':
        return 'lambdascope'
      case 'AWS::NoValue':
        return NO_VALUE
      default:
        return UNKNOWN
    }
  }

  const ref = (name: unknown): unknown => {
    if (typeof name !== 'string') return UNKNOWN
    if (ctx.parameters.has(name)) return ctx.parameters.get(name)
    if (ctx.resources.has(name)) return new ResourceRef(name, null)
    return pseudo(name)
  }

  const condition = (name: string): boolean | typeof UNKNOWN => {
    const cached = conditionCache.get(name)
    if (cached !== undefined) return cached
    if (evaluating.has(name) || !Object.prototype.hasOwnProperty.call(ctx.conditions, name)) return UNKNOWN
    evaluating.add(name)
    const v = resolve(ctx.conditions[name], `Conditions.${name}`)
    evaluating.delete(name)
    const out = typeof v === 'boolean' ? v : UNKNOWN
    conditionCache.set(name, out)
    return out
  }

  const sub = (template: unknown, vars: Record<string, unknown>, path: string): unknown => {
    if (typeof template !== 'string') return UNKNOWN
    const parts: (string | ResourceRef)[] = []
    let text = ''
    const re = /\$\{([^}]*)\}/g
    let last = 0
    for (let m = re.exec(template); m; m = re.exec(template)) {
      text += template.slice(last, m.index)
      last = m.index + m[0].length
      const name = m[1]!.trim()
      if (name.startsWith('!')) {
        text += '${' + name.slice(1) + '}' // ${!Literal} is written as ${Literal}
        continue
      }
      const local = Object.prototype.hasOwnProperty.call(vars, name)
        ? resolve(vars[name], `${path}.${name}`)
        : undefined
      const dot = name.indexOf('.')
      const v =
        local !== undefined
          ? local
          : dot > 0 && ctx.resources.has(name.slice(0, dot))
            ? new ResourceRef(name.slice(0, dot), name.slice(dot + 1))
            : ref(name)
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') text += String(v)
      else if (v instanceof ResourceRef) {
        if (text !== '') parts.push(text)
        text = ''
        parts.push(v)
      } else return UNKNOWN
    }
    text += template.slice(last)
    if (parts.length === 0) return text
    if (text !== '') parts.push(text)
    return parts.length === 1 ? parts[0] : new Composite(parts)
  }

  const fn = (key: string, arg: unknown, path: string): unknown => {
    switch (key) {
      case 'Ref':
        return ref(arg)
      case 'Condition':
        return typeof arg === 'string' ? condition(arg) : UNKNOWN
      case 'Fn::GetAtt': {
        const a = typeof arg === 'string' ? arg.split('.') : Array.isArray(arg) ? arg.map((x) => resolve(x, path)) : []
        const [id, ...attr] = a
        return typeof id === 'string' && ctx.resources.has(id)
          ? new ResourceRef(id, attr.length > 0 ? attr.map(String).join('.') : null)
          : UNKNOWN
      }
      case 'Fn::Sub': {
        if (typeof arg === 'string') return sub(arg, {}, path)
        if (Array.isArray(arg) && isRecord(arg[1])) return sub(resolve(arg[0], path), arg[1], path)
        return UNKNOWN
      }
      case 'Fn::Join': {
        if (!Array.isArray(arg)) return UNKNOWN
        const sep = resolve(arg[0], path)
        const list = resolve(arg[1], path)
        if (typeof sep !== 'string' || !Array.isArray(list)) return UNKNOWN
        const parts: (string | ResourceRef)[] = []
        for (const [i, item] of list.entries()) {
          if (i > 0) parts.push(sep)
          if (typeof item === 'string' || typeof item === 'number') parts.push(String(item))
          else if (item instanceof ResourceRef) parts.push(item)
          else if (item instanceof Composite) parts.push(...item.parts)
          else return UNKNOWN
        }
        return parts.every((p) => typeof p === 'string')
          ? parts.join('')
          : parts.length === 1
            ? parts[0]
            : new Composite(parts)
      }
      case 'Fn::Select': {
        if (!Array.isArray(arg)) return UNKNOWN
        const index = Number(resolve(arg[0], path))
        const list = resolve(arg[1], path)
        return Array.isArray(list) && Number.isInteger(index) && index >= 0 && index < list.length
          ? list[index]
          : UNKNOWN
      }
      case 'Fn::Split': {
        if (!Array.isArray(arg)) return UNKNOWN
        const sep = resolve(arg[0], path)
        const s = resolve(arg[1], path)
        return typeof sep === 'string' && sep !== '' && typeof s === 'string' ? s.split(sep) : UNKNOWN
      }
      case 'Fn::FindInMap': {
        if (!Array.isArray(arg)) return UNKNOWN
        let cur: unknown = ctx.mappings
        for (const k of arg.slice(0, 3)) {
          const key = resolve(k, path)
          if (!isRecord(cur) || (typeof key !== 'string' && typeof key !== 'number')) return UNKNOWN
          cur = own(cur, String(key))
        }
        return cur === undefined ? UNKNOWN : resolve(cur, path)
      }
      case 'Fn::Base64': {
        const s = resolve(arg, path)
        return typeof s === 'string' ? s : UNKNOWN
      }
      case 'Fn::GetAZs':
        return ['a', 'b', 'c'].map((z) => `${ctx.region}${z}`)
      case 'Fn::If': {
        if (!Array.isArray(arg) || typeof arg[0] !== 'string') return UNKNOWN
        const c = condition(arg[0])
        return c === UNKNOWN ? UNKNOWN : resolve(c ? arg[1] : arg[2], path)
      }
      case 'Fn::Equals': {
        if (!Array.isArray(arg)) return UNKNOWN
        const a = resolve(arg[0], path)
        const b = resolve(arg[1], path)
        if (a === UNKNOWN || b === UNKNOWN || typeof a === 'object' || typeof b === 'object') return UNKNOWN
        return String(a) === String(b)
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(arg)) return UNKNOWN
        const vs = arg.map((x) => resolve(x, path))
        if (vs.some((v) => typeof v !== 'boolean')) return UNKNOWN
        return key === 'Fn::And' ? vs.every(Boolean) : vs.some(Boolean)
      }
      case 'Fn::Not': {
        const v = resolve(Array.isArray(arg) ? arg[0] : arg, path)
        return typeof v === 'boolean' ? !v : UNKNOWN
      }
      default:
        // Fn::ImportValue, Fn::Cidr, Fn::Transform, Fn::Length, Fn::ToJsonString…: only known once deployed.
        return UNKNOWN
    }
  }

  const noted = new Set<string>()
  function resolve(v: unknown, path: string): unknown {
    if (Array.isArray(v)) return v.map((x, i) => resolve(x, `${path}.${i}`)).filter((x) => x !== NO_VALUE)
    if (!isRecord(v)) return v
    const key = intrinsicKey(v)
    if (key) {
      const out = fn(key, v[key], path)
      if (out === UNKNOWN && !noted.has(path)) {
        noted.add(path)
        ctx.onUnresolved(path, key)
      }
      return out
    }
    const out: Record<string, unknown> = {} // safe-keys: written with defineProperty, so `__proto__` stays an own key
    for (const [k, x] of Object.entries(v)) {
      const r = resolve(x, `${path}.${k}`)
      if (r !== NO_VALUE)
        Object.defineProperty(out, k, { value: r, enumerable: true, writable: true, configurable: true })
    }
    return out
  }

  return { resolve, condition }
}

/** Every resource a value refers to (through Ref, GetAtt, Sub, Join…), in order, without repeats. */
export function refsIn(v: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 80) return out
  if (v instanceof ResourceRef) {
    if (!out.includes(v.logicalId)) out.push(v.logicalId)
  } else if (v instanceof Composite) for (const p of v.parts) refsIn(p, out, depth + 1)
  else if (Array.isArray(v)) for (const x of v) refsIn(x, out, depth + 1)
  else if (isRecord(v)) for (const x of Object.values(v)) refsIn(x, out, depth + 1)
  return out
}
