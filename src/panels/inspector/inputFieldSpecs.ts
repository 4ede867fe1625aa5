/**
 * The fields of traffic entries and faults, in the same FieldSpec form as node settings (Field.tsx renders them):
 * ranges and options still come from the model's schemas (`trafficFieldInfo`, `faultFieldInfo`); these add labels,
 * units, defaults and notes. coverage.test.ts fails when a traffic or fault field has no spec here.
 */
import type { FaultKind } from '../../model'
import type { FieldSpec } from './fieldSpecs'
import type { TrafficKind } from './inputEntries'

const TIME_UNITS = ['ms', 's', 'min', 'h'] as const

const time = (id: string, key: string, defaultValue: number | null, hint?: FieldSpec['hint']): FieldSpec => ({
  id,
  path: [key],
  widget: 'duration',
  units: TIME_UNITS,
  label: `inputs.fields.${id}` as FieldSpec['label'],
  defaultValue: () => defaultValue,
  ...(hint ? { hint } : {}),
})
const count = (id: string, key: string, defaultValue: number | null, hint?: FieldSpec['hint']): FieldSpec => ({
  id,
  path: [key],
  widget: 'number',
  label: `inputs.fields.${id}` as FieldSpec['label'],
  defaultValue: () => defaultValue,
  ...(hint ? { hint } : {}),
})

/** Each traffic pattern's timing fields. */
export const TRAFFIC_FIELDS: Record<TrafficKind, FieldSpec[]> = {
  once: [time('atMs', 'atMs', null), count('onceCount', 'count', 1, 'inputs.notes.onceCount')],
  every: [
    time('everyMs', 'everyMs', null),
    time('startMs', 'startMs', 0),
    count('everyCount', 'count', null, 'inputs.notes.everyCount'),
    time('untilMs', 'untilMs', null, 'inputs.notes.untilMs'),
  ],
  list: [
    {
      id: 'listAtMs',
      path: ['atMs'],
      widget: 'times',
      units: TIME_UNITS,
      label: 'inputs.fields.listAtMs',
      defaultValue: () => null,
      hint: 'inputs.notes.listAtMs',
    },
  ],
}

/**
 * What every traffic entry carries besides its timing: the event body, and partition keys for stream records (§3.1).
 */
export const PAYLOAD_FIELD: FieldSpec = {
  id: 'payload',
  path: ['payload'],
  widget: 'json',
  label: 'inputs.fields.payload',
  defaultValue: () => null,
}
export const PARTITION_KEYS_FIELD: FieldSpec = {
  id: 'partitionKeys',
  path: ['partitionKeys'],
  widget: 'list',
  label: 'inputs.fields.partitionKeys',
  defaultValue: () => null,
  ref: '§3.1',
  hint: 'inputs.notes.partitionKeys',
  emptyHint: 'inputs.notes.noPartitionKeys',
}

/** §16.13: the event's size when it stands for a bigger body than the JSON written (limits, 413). */
export const PAYLOAD_BYTES_FIELD: FieldSpec = {
  id: 'payloadBytes',
  path: ['payloadBytes'],
  widget: 'number',
  label: 'inputs.fields.payloadBytes',
  defaultValue: () => null,
  ref: '§16.13',
  hint: 'inputs.notes.payloadBytes',
}

/** When a fault starts (every kind); it lasts until a later recover on the same target. */
export const FAULT_AT_FIELD: FieldSpec = time('faultAtMs', 'atMs', 0, 'inputs.notes.faultAtMs')

/** Each fault kind's own parameters. */
export const FAULT_FIELDS: Record<FaultKind, FieldSpec[]> = {
  fail: [],
  failAttempts: [
    count('fromAttempt', 'fromAttempt', null),
    count('toAttempt', 'toAttempt', null, 'inputs.notes.attempts'),
  ],
  failProbability: [
    {
      id: 'p',
      path: ['p'],
      widget: 'number',
      decimal: true,
      label: 'inputs.fields.p',
      defaultValue: () => null,
      hint: 'inputs.notes.p',
    },
  ],
  failNext: [count('failNextCount', 'count', null)],
  timeout: [time('runsForMs', 'durationMs', null, 'inputs.notes.runsFor')],
  throttle: [{ ...count('throttleCap', 'reservedConcurrency', null, 'inputs.notes.throttleCap'), ref: '§5.3' }],
  poisonRecord: [
    {
      id: 'poisonKey',
      path: ['key'],
      widget: 'text',
      label: 'inputs.fields.poisonKey',
      defaultValue: () => null,
      required: true,
    },
    count('poisonIndex', 'index', null, 'inputs.notes.poisonIndex'),
    {
      id: 'poisonResponse',
      path: ['response'],
      widget: 'enum',
      label: 'inputs.fields.poisonResponse',
      defaultValue: () => 'throw',
      ref: '§3.2',
      hint: 'inputs.notes.poisonResponse',
    },
  ],
  revokePermission: [
    {
      id: 'permission',
      path: ['permission'],
      widget: 'enum',
      label: 'inputs.fields.permission',
      defaultValue: () => null,
      ref: '§10',
      required: true,
    },
  ],
  eniExhaustion: [],
  returns: [], // its own editor (ReturnsEditor)
  duplicateDelivery: [count('duplicateCount', 'count', 1, 'inputs.notes.duplicateCount')],
  recover: [],
}
