/**
 * The cheap check that lets the editor's first frame show the autosaved document without the schema (zod, ≈ 26 KB gz,
 * fetched after the first paint). The autosave is our own writing (autosave.ts writes only the store's document), so
 * a text in our versioned envelope whose document has the shape the canvas draws (known node types, ids, positions,
 * wires) is admitted and drawn at once; the full schema reads it right after the first paint
 * (PersistenceProvider.tsx → autosaveLoad.ts) and, should it still fail, sets it aside with the same banner as a copy
 * refused at start. A text that is not our envelope is set aside at once (no schema needed to say so), and an
 * envelope whose document this check cannot vouch for is read by the schema before the first frame, so its banner
 * lists the same located issues as before (docs/performance.md, "Initial JavaScript (#16)").
 * Pure, never throws, no zod: only the model's constants.
 */
import type { Scenario } from '../../model'
import { NODE_TYPES } from '../../model/catalogue'
import { ERAS } from '../../model/common'
import { EDGE_ROLES } from '../../model/edges'
import { findShapeProblems } from '../../model/limits'
import { SCENARIO_FORMAT } from '../../model/scenario'
import { unwrapAutosave } from './autosave'

export type CheapRead =
  /** Our envelope with a document shaped like ours: drawn now, read by the schema after the first paint. */
  | { kind: 'admit'; scenario: Scenario }
  /** Not our envelope (not JSON, no `{v: 1, scenario}`): set aside as it is. */
  | { kind: 'envelope' }
  /** Our envelope, but a document this check cannot vouch for: the schema reads it before the first frame. */
  | { kind: 'unsure' }

type Rec = Record<string, unknown>
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v)
const TYPES = new Set<unknown>(NODE_TYPES.map((t) => t.type))
const ROLES = new Set<unknown>(EDGE_ROLES)
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v)
const optional = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v)
const text = (v: unknown) => typeof v === 'string'
const id = (v: unknown) => typeof v === 'string' && v.length > 0

const nodeShaped = (n: unknown) =>
  isRecord(n) &&
  id(n.id) &&
  TYPES.has(n.type) &&
  optional(n.label, text) &&
  optional(n.parentId, id) &&
  optional(n.position, (p) => isRecord(p) && finite(p.x) && finite(p.y)) &&
  optional(n.config, isRecord)

const edgeShaped = (e: unknown) =>
  isRecord(e) && id(e.from) && id(e.to) && optional(e.id, id) && optional(e.role, (r) => ROLES.has(r))

/** Whether `doc` has the shape of a scenario document as the store writes it (not that every value is allowed). */
export function scenarioShaped(doc: unknown): doc is Scenario {
  return (
    isRecord(doc) &&
    doc.format === SCENARIO_FORMAT &&
    text(doc.title) &&
    (ERAS as readonly unknown[]).includes(doc.era) &&
    Number.isInteger(doc.seed) &&
    Number.isInteger(doc.durationMs) &&
    Array.isArray(doc.nodes) &&
    doc.nodes.every(nodeShaped) &&
    Array.isArray(doc.edges) &&
    doc.edges.every(edgeShaped) &&
    Array.isArray(doc.traffic) &&
    doc.traffic.every(isRecord) &&
    Array.isArray(doc.faults) &&
    doc.faults.every(isRecord) &&
    findShapeProblems(doc, 1).length === 0
  )
}

/** The autosaved text, read without the schema. Never throws. */
export function readAutosaveCheaply(raw: string): CheapRead {
  const doc = unwrapAutosave(raw)
  if (doc === undefined) return { kind: 'envelope' }
  return scenarioShaped(doc) ? { kind: 'admit', scenario: doc } : { kind: 'unsure' }
}
