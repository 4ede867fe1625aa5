/**
 * The state of one import: resources (properties already resolved), the nodes and edges made so far (each remembers
 * the template path it came from, for located messages), and the report. Value readers turn resolved values into the
 * scenario's units and note what could not be read.
 */
import type { EdgeConfig, EdgeRole } from '../edges.ts'
import type { ScenarioNode } from '../services/index.ts'
import { isReservedKey } from '../limits.ts'
import { ID_PATTERN } from '../ids.ts'
import { Composite, ResourceRef } from './intrinsics.ts'
import type { Position } from './parseCfn.ts'
import type { ImportNote, NoteCode, Params, UnsupportedItem, UnsupportedReason } from './types.ts'

export interface Resource {
  logicalId: string
  type: string
  props: Record<string, unknown>
  path: (string | number)[]
}

export interface BuiltEdge {
  id?: string
  from: string
  to: string
  role: EdgeRole
  config?: EdgeConfig
  permission?: 'missing'
  origin: (string | number)[]
}

/**
 * A push-source wiring whose permission is read from AWS::Lambda::Permission at the end (SAM events grant their own).
 */
export interface PendingTrigger {
  from: string
  to: string
  principal: string
  origin: (string | number)[]
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof ResourceRef) && !(v instanceof Composite)

const ID_CHARS = /[^A-Za-z0-9_.:>#-]/g

export class ImportBuilder {
  readonly resources = new Map<string, Resource>()
  readonly nodes: ScenarioNode[] = []
  readonly nodeOrigin = new Map<string, (string | number)[]>()
  /** Resource logical id → the node that stands for it (a table's stream has its own entry, see `streamOf`). */
  readonly nodeOfResource = new Map<string, string>()
  readonly streamOf = new Map<string, string>()
  readonly edges: BuiltEdge[] = []
  readonly pending: PendingTrigger[] = []
  readonly unsupported: UnsupportedItem[] = []
  readonly notes: ImportNote[] = []
  private readonly usedIds = new Set<string>()
  /**
   * Ids a Lambdascope export wrote in `Metadata.Lambdascope` (logical id → node id, label), kept only when valid
   * and unique; reserved up front so no other node takes one first (the round trip gives the same ids back).
   */
  private readonly marks = new Map<string, { nodeId: string; label?: string }>()
  private readonly reserved = new Set<string>()

  /** Record a resource's Lambdascope mark (from an export). Invalid, reserved or repeated ids are ignored. */
  /** `<function logical id><event name>` → the wire id an export wrote for that event. */
  readonly edgeIds = new Map<string, string>()
  private readonly eventSources: [string, string][] = []

  /** `<function logical id><event name>` → the source node an export wrote for that event. */
  readonly eventSourceIds = new Map<string, string>()

  /** After every resource's mark: the event sources that have no resource of their own. */
  finishMarks(): void {
    for (const [key, nodeId] of this.eventSources) {
      this.eventSourceIds.set(key, nodeId)
      if (this.marks.has(key) || !ID_PATTERN.test(nodeId) || isReservedKey(nodeId) || this.reserved.has(nodeId))
        continue
      this.reserved.add(nodeId)
      this.marks.set(key, { nodeId })
    }
  }

  /**
   * An external ARN's node takes the id an export wrote for an event's source of that name (a queue in another
   * account, named by ARN, is a mapping's source): the round trip keeps its id. False when no such id waits.
   */
  claimEventSourceId(key: string, nodeId: string): boolean {
    if (this.usedIds.has(nodeId) || !this.eventSources.some(([, id]) => id === nodeId)) return false
    this.marks.set(key, { nodeId })
    return true
  }

  /** Logical id → properties an export wrote only because a template needs them (`defaults` in the mark). */
  private readonly defaultsOf = new Map<string, ReadonlySet<string>>()

  /** Was this property written by an export as a default the scenario left out (read it as absent)? */
  defaulted(logicalId: string, property: string): boolean {
    return this.defaultsOf.get(logicalId)?.has(property) ?? false
  }

  /** The same, for the resource that became node `nodeId`. */
  nodeDefaulted(nodeId: string, property: string): boolean {
    for (const [logicalId, id] of this.nodeOfResource) if (id === nodeId) return this.defaulted(logicalId, property)
    return false
  }

  /** Security group logical id → the name the scenario gives it (from an export's mark). */
  readonly groupNames = new Map<string, string>()

  mark(logicalId: string, metadata: unknown): void {
    const m = isRecord(metadata) ? metadata['Lambdascope'] : undefined
    if (
      isRecord(m) &&
      typeof m['securityGroup'] === 'string' &&
      m['securityGroup'] !== '' &&
      m['securityGroup'].length <= 200
    )
      this.groupNames.set(logicalId, m['securityGroup'])
    if (!isRecord(m) || typeof m['nodeId'] !== 'string') return
    const nodeId = m['nodeId']
    if (Array.isArray(m['defaults']))
      this.defaultsOf.set(logicalId, new Set(m['defaults'].filter((d): d is string => typeof d === 'string')))
    if (!ID_PATTERN.test(nodeId) || isReservedKey(nodeId) || this.reserved.has(nodeId)) return
    const label = typeof m['label'] === 'string' && m['label'].length <= 200 ? m['label'] : undefined
    this.reserved.add(nodeId)
    this.marks.set(logicalId, label === undefined ? { nodeId } : { nodeId, label })
    // A function's events: the wire ids, and the sources SAM makes itself (named after the event), claimed in
    // `finishMarks` once every resource has claimed its own id.
    for (const [name, v] of Object.entries(isRecord(m['events']) ? m['events'] : {})) {
      if (!isRecord(v)) continue
      if (typeof v['edge'] === 'string' && ID_PATTERN.test(v['edge']) && !isReservedKey(v['edge']))
        this.edgeIds.set(`${logicalId}${name}`, v['edge'])
      if (typeof v['source'] === 'string') this.eventSources.push([`${logicalId}${name}`, v['source']])
    }
    // A table's stream is a node of its own without a resource: the table's mark names it too.
    const stream = m['streamNodeId']
    if (typeof stream === 'string' && ID_PATTERN.test(stream) && !isReservedKey(stream) && !this.reserved.has(stream)) {
      this.reserved.add(stream)
      this.marks.set(`${logicalId}.stream`, { nodeId: stream })
    }
  }

  readonly locate: (path: readonly (string | number)[]) => Position
  constructor(locate: (path: readonly (string | number)[]) => Position) {
    this.locate = locate
  }

  /** A valid, unused node id from a logical id (logical ids are alphanumeric; mangled ones are cleaned). */
  freshId(wanted: string): string {
    const base = (wanted.replace(ID_CHARS, '_').slice(0, 72) || 'node').replace(
      /^(__proto__|constructor|prototype)$/,
      '$1_',
    )
    let id = base
    for (let n = 2; this.usedIds.has(id) || this.reserved.has(id); n++) id = `${base}_${n}`
    this.usedIds.add(id)
    return id
  }

  addNode(
    logicalId: string,
    node: Omit<ScenarioNode, 'id'> & { type: ScenarioNode['type'] },
    origin: (string | number)[],
    idHint?: string,
  ): string {
    const marked = this.marks.get(logicalId)
    if (marked) this.marks.delete(logicalId)
    const id = marked ? marked.nodeId : this.freshId(idHint ?? logicalId)
    if (marked) this.usedIds.add(id)
    // cdk synth appends an 8-hex hash to each logical id: the label shows the construct's name.
    const cdk = /^([A-Za-z][A-Za-z0-9]*?)[0-9A-F]{8}$/.exec(logicalId)
    const labelled =
      marked?.label !== undefined
        ? { ...node, label: marked.label }
        : cdk && !('label' in node)
          ? { ...node, label: cdk[1]! }
          : node
    this.nodes.push({ id, ...labelled } as ScenarioNode)
    this.nodeOrigin.set(id, origin)
    if (!this.nodeOfResource.has(logicalId)) this.nodeOfResource.set(logicalId, id)
    return id
  }

  node(id: string): ScenarioNode | undefined {
    return this.nodes.find((n) => n.id === id)
  }

  addEdge(edge: BuiltEdge): void {
    if (this.edges.some((e) => e.from === edge.from && e.to === edge.to && e.role === edge.role)) return
    this.edges.push(edge)
  }

  note(code: NoteCode, params: Params, path?: readonly (string | number)[]): void {
    if (this.notes.length >= 200) return
    this.notes.push(path ? { code, params, line: this.locate(path).line } : { code, params })
  }

  unsupportedItem(
    logicalId: string,
    type: string,
    reasonCode: UnsupportedReason,
    path: readonly (string | number)[],
  ): void {
    this.unsupported.push({ logicalId, type, reasonCode, line: this.locate(path).line })
  }
}

// ── value readers (resolved values → scenario units); undefined = absent or not known statically ─────────────────

export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v)
  return undefined
}

export function int(v: unknown): number | undefined {
  const n = num(v)
  return n !== undefined && Number.isInteger(n) ? n : undefined
}

/** Seconds in the template → integer milliseconds (−1 stays −1: "no limit" in the stream settings). */
export function secondsToMs(v: unknown): number | undefined {
  const n = num(v)
  if (n === undefined) return undefined
  return n === -1 ? -1 : Math.round(n * 1000)
}

export function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v
  if (v === 'true' || v === 'True') return true
  if (v === 'false' || v === 'False') return false
  return undefined
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return undefined
}

/** A readable stand-in for a value only known after deployment (an environment variable set to `!Ref Table`). */
export function standIn(v: unknown): string | undefined {
  if (v instanceof ResourceRef) return v.attribute ? `${v.logicalId}.${v.attribute}` : v.logicalId
  if (v instanceof Composite) return v.parts.map((p) => (typeof p === 'string' ? p : standIn(p))).join('')
  return str(v)
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]
}

export function rec(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {}
}

/** Drop the keys whose value is undefined (the scenario stores documents as written: absent stays absent). */
export function compact<T extends Record<string, unknown>>(o: T): Partial<T> | undefined {
  const out: Record<string, unknown> = {} // safe-keys: keys are the field names of an object literal in our code
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v
  return Object.keys(out).length > 0 ? (out as Partial<T>) : undefined
}
