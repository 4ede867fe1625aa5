/**
 * Traffic and fault entries as the inspector edits them (pure): which entries belong to the selection, which fault
 * kinds a node or wire can take (the model's FAULT_TARGETS, §10 permissions by role), a new entry's first values, a
 * traffic pattern switched to another kind, and the two texts typed by hand (a list of times, a JSON payload).
 */
import {
  FAULT_TARGETS,
  HANDLER_RETURN_EXAMPLES,
  isPolledSource,
  isPushSource,
  type Fault,
  type FaultKind,
  type NodeType,
  type Permission,
  type Scenario,
  type Traffic,
} from '../../model'
import { formatInUnit, parseInUnit, type DurationUnit } from './units'

export type TrafficKind = Traffic['kind']
export const TRAFFIC_KINDS: readonly TrafficKind[] = ['once', 'every', 'list']

/** The order faults are offered in: the function's own failures first, then the rest. */
export const FAULT_KINDS: readonly FaultKind[] = [
  'failAttempts',
  'fail',
  'failNext',
  'failProbability',
  'timeout',
  'throttle',
  'poisonRecord',
  'revokePermission',
  'eniExhaustion',
  'duplicateDelivery',
  'recover',
]

export interface Indexed<T> {
  entry: T
  /** Position in the document's list (what an edit addresses). */
  index: number
}

export const trafficOf = (doc: Scenario, source: string): Indexed<Traffic>[] =>
  doc.traffic.flatMap((entry, index) => (entry.source === source ? [{ entry, index }] : []))

export const faultsOf = (doc: Scenario, target: string): Indexed<Fault>[] =>
  doc.faults.flatMap((entry, index) => (entry.target === target ? [{ entry, index }] : []))

/** Whether events can start at a node of this type (the model's `traffic.notASource` rule). */
export const acceptsTraffic = (type: NodeType) => isPushSource(type) || isPolledSource(type)

/** What a fault can be aimed at: a node by type, or a wire by the permission it needs (null: none we model). */
export type FaultHost = { kind: 'node'; type: NodeType } | { kind: 'edge'; permission: Permission | null }

/**
 * Fault kinds worth offering: the kinds the model accepts for this target (FAULT_TARGETS), duplicate delivery where
 * events enter (a source, or a function's async queue), and recover wherever another fault can be. A wire takes only
 * the revocation of its own permission (§10).
 */
export function faultKindsFor(host: FaultHost): FaultKind[] {
  if (host.kind === 'edge') return host.permission ? ['revokePermission', 'recover'] : []
  const { type } = host
  const own = FAULT_KINDS.filter((k) => {
    const allowed = FAULT_TARGETS[k]
    return allowed !== 'any' && allowed.includes(type)
  })
  const duplicates = acceptsTraffic(type) || type === 'lambda' ? (['duplicateDelivery'] as const) : []
  const kinds: FaultKind[] = [...own, ...duplicates]
  return kinds.length > 0 ? [...kinds, 'recover'] : []
}

/** A new fault with the values its kind requires (fail attempts 1–2, p = 0.5, the wire's permission…), at t = 0. */
export function newFault(kind: FaultKind, target: string, permission: Permission | null): Fault {
  switch (kind) {
    case 'failAttempts':
      return { kind, target, fromAttempt: 1, toAttempt: 2 }
    case 'failProbability':
      return { kind, target, p: 0.5 }
    case 'failNext':
      return { kind, target, count: 1 }
    case 'throttle':
      return { kind, target, reservedConcurrency: 0 }
    case 'poisonRecord':
      return { kind, target, index: 0 }
    case 'revokePermission':
      return { kind, target, permission: permission ?? 'invoke' }
    case 'returns':
      return { kind, target, returns: HANDLER_RETURN_EXAMPLES.error }
    default:
      return { kind, target }
  }
}

/** The same fault as another kind: its target and start kept, the new kind's required values as `newFault` gives. */
export function withFaultKind(f: Fault, kind: FaultKind, permission: Permission | null): Fault {
  if (f.kind === kind) return f
  const next = newFault(kind, f.target, permission)
  return f.atMs === undefined ? next : { ...next, atMs: f.atMs }
}

/** Poison records are named by key or by index, never both (the model's `fault.poisonWhich`). */
export type PoisonBy = 'key' | 'index'
export function poisonBy(f: Extract<Fault, { kind: 'poisonRecord' }>, by: PoisonBy): Fault {
  const { key, index, ...rest } = f
  if (by === 'key') return { ...rest, key: key ?? 'poison' }
  return { ...rest, index: index ?? 0 }
}

/** A first traffic entry: one event at 1 s (time to see it leave), with the source's usual event shape. */
export function newTraffic(source: string, payload: unknown): Traffic {
  return { source, kind: 'once', atMs: 1000, ...(payload === null || payload === undefined ? {} : { payload }) }
}

const DEFAULT_EVERY_MS = 1000
const DEFAULT_EVERY_COUNT = 5
/** A list made from a repeating pattern keeps its first times, not millions of them. */
const MAX_LISTED = 20

/** When the entry's events happen (the first MAX_LISTED), for turning a pattern into a list. */
function firstTimes(t: Traffic, durationMs: number): number[] {
  if (t.kind === 'list') return [...t.atMs]
  if (t.kind === 'once') return Array.from({ length: Math.min(t.count ?? 1, MAX_LISTED) }, () => t.atMs)
  const start = t.startMs ?? 0
  const end = Math.min(t.untilMs ?? durationMs, durationMs)
  const out: number[] = []
  for (
    let at = start;
    out.length < Math.min(t.count ?? MAX_LISTED, MAX_LISTED) && (at < end || out.length === 0);
    at += t.everyMs
  )
    out.push(at)
  return out
}

/** The same entry as another pattern, keeping its source, payload, keys, start and (where it fits) its count. */
export function withTrafficKind(t: Traffic, kind: TrafficKind, durationMs: number): Traffic {
  if (t.kind === kind) return t
  const common = {
    ...(t.id === undefined ? {} : { id: t.id }),
    source: t.source,
    ...(t.payload === undefined ? {} : { payload: t.payload }),
    ...(t.partitionKeys === undefined ? {} : { partitionKeys: t.partitionKeys }),
    ...(t.payloadBytes === undefined ? {} : { payloadBytes: t.payloadBytes }),
  }
  const times = firstTimes(t, durationMs)
  const start = times[0] ?? 0
  const count = t.kind === 'list' ? t.atMs.length : t.count
  if (kind === 'once') return { ...common, kind, atMs: start, ...(count !== undefined && count > 1 ? { count } : {}) }
  if (kind === 'every') {
    const gap = times.length > 1 ? (times[1] ?? start) - start : 0
    return {
      ...common,
      kind,
      ...(start > 0 ? { startMs: start } : {}),
      everyMs: gap > 0 ? gap : DEFAULT_EVERY_MS,
      count: count ?? DEFAULT_EVERY_COUNT,
    }
  }
  return { ...common, kind, atMs: times.length > 0 ? times : [start] }
}

export type TimeListResult =
  | { ok: true; ms: number[] }
  | { ok: false; reason: 'empty' | 'notNumber' | 'notWholeMs'; item: string; position: number }

/** "0, 1.5, 10" in `unit` → integer ms; the first bad item is named with its position (1-based). */
export function parseTimeList(text: string, unit: DurationUnit): TimeListResult {
  const items = text.split(/[,;\s]+/).filter((s) => s !== '')
  if (items.length === 0) return { ok: false, reason: 'empty', item: '', position: 0 }
  const ms: number[] = []
  for (const [i, item] of items.entries()) {
    // A comma separates times here, so a decimal comma cannot be meant.
    const p = parseInUnit(item, unit)
    if (!p.ok || p.ms < 0) return { ok: false, reason: p.ok ? 'notNumber' : p.reason, item, position: i + 1 }
    ms.push(p.ms)
  }
  return { ok: true, ms }
}

export const formatTimeList = (ms: readonly number[], unit: DurationUnit) =>
  ms.map((v) => formatInUnit(v, unit)).join(', ')

/** Where JSON breaks: line and column (1-based), and the character found there (null: the text ended too early). */
export type JsonResult =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; found: string | null }

/** Line and column (1-based) of a character offset. */
function locate(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n')
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/**
 * The offset where JSON text stops being JSON (−1 when it is JSON). The engines' messages do not always say where
 * ("Unexpected token 'o', …"), so the grammar is walked here: values, objects, arrays, strings with escapes, numbers.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const fail = (): never => {
    throw new RangeError(String(i))
  }
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const string = () => {
    i++
    while (i < text.length) {
      const ch = text[i] as string
      if (ch === '"') return void i++
      if (ch < ' ') fail()
      if (ch === '\\') {
        const e = text[i + 1] ?? ''
        if (e !== '' && '"\\/bfnrt'.includes(e)) i += 2
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6
        else return void (i++, fail())
        continue
      }
      i++
    }
    fail()
  }
  const value = (): void => {
    ws()
    const c = text[i]
    if (c === '{') {
      i++
      ws()
      if (text[i] === '}') return void i++
      for (;;) {
        ws()
        if (text[i] !== '"') fail()
        string()
        ws()
        if (text[i] !== ':') fail()
        i++
        value()
        ws()
        if (text[i] === ',') i++
        else if (text[i] === '}') return void i++
        else fail()
      }
    }
    if (c === '[') {
      i++
      ws()
      if (text[i] === ']') return void i++
      for (;;) {
        value()
        ws()
        if (text[i] === ',') i++
        else if (text[i] === ']') return void i++
        else fail()
      }
    }
    if (c === '"') return string()
    NUMBER.lastIndex = i
    if (NUMBER.exec(text)) return void (i = NUMBER.lastIndex)
    for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return void (i += literal.length)
    fail()
  }
  try {
    value()
    ws()
    return i < text.length ? i : -1
  } catch (e) {
    if (e instanceof RangeError) return Number(e.message)
    throw e
  }
}

/** JSON typed by hand → the value, or where it breaks. */
export function parseJsonText(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    const at = jsonErrorOffset(text)
    const offset = at < 0 ? text.length : at
    return { ok: false, ...locate(text, offset), found: offset < text.length ? (text[offset] as string) : null }
  }
}

export const formatJson = (value: unknown) => JSON.stringify(value, null, 2)
