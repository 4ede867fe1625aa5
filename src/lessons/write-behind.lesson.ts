/**
 * Lesson 6: keep the user fast (§7.5 write-behind, §3.1–§3.2; G24). The API's function writes to DynamoDB and answers;
 * the table's stream feeds a function in the VPC that replays each change into RDS. When RDS fails, the shard blocks
 * and waits (in order, nothing lost while records are kept) — but no user waits for it. Answers read the engine's
 * trace.
 */
import type { Scenario } from '../model'
import { entriesOf, type LessonRun } from './run'
import type { Lesson } from './types'

const API = 'api'
const STREAM = 'orders-stream'
const REPLICATOR = 'replicator'
const SHARD = 'shardId-000000000000'
const DOWN_MS = 20_000
const BACK_MS = 60_000

/** The shipped example (examples/dynamodb-rds.json), trimmed to what the lesson watches. */
const scenario: Scenario = {
  format: 'lambdascope/scenario@1',
  title: 'Answer from DynamoDB, update RDS from the stream',
  era: 'current',
  seed: 17,
  durationMs: 90_000,
  nodes: [
    { id: API, type: 'apiGateway', label: 'Orders API', config: { api: 'http' }, position: { x: 0, y: 0 } },
    {
      id: 'writer',
      type: 'lambda',
      label: 'write order',
      config: { durationMs: 40, timeoutMs: 3000 },
      position: { x: 260, y: 0 },
    },
    { id: 'orders', type: 'dynamoDbTable', label: 'orders table', position: { x: 520, y: 0 } },
    {
      id: STREAM,
      type: 'dynamoDbStream',
      label: 'orders stream',
      config: { viewType: 'NEW_AND_OLD_IMAGES' },
      position: { x: 520, y: 200 },
    },
    { id: 'app-vpc', type: 'vpc', label: 'app VPC', position: { x: 760, y: 140 } },
    {
      id: REPLICATOR,
      type: 'lambda',
      label: 'replay to RDS',
      parentId: 'app-vpc',
      config: { durationMs: 120, timeoutMs: 10_000 },
      position: { x: 30, y: 60 },
    },
    { id: 'reporting-db', type: 'rds', label: 'reporting DB', parentId: 'app-vpc', position: { x: 290, y: 60 } },
  ],
  edges: [
    { id: 'calls', from: API, to: 'writer' },
    { from: 'writer', to: 'orders' },
    { from: 'orders', to: STREAM },
    { id: 'replay', from: STREAM, to: REPLICATOR, config: { batchSize: 10, startingPosition: 'TRIM_HORIZON' } },
    { from: REPLICATOR, to: 'reporting-db' },
  ],
  traffic: [
    {
      id: 'checkout',
      source: API,
      kind: 'every',
      startMs: 1000,
      everyMs: 2000,
      untilMs: 80_000,
      payload: '{"orderId":"A-1"}',
    },
  ],
  faults: [
    { id: 'rds-down', kind: 'fail', target: REPLICATOR, atMs: DOWN_MS },
    { id: 'rds-back', kind: 'recover', target: REPLICATOR, atMs: BACK_MS },
  ],
}

const duringOutage = (atMs: number) => atMs >= DOWN_MS && atMs < BACK_MS
/** What the API's callers got while RDS was failing. */
const userAnswers = (run: LessonRun) =>
  entriesOf(run, 'response').filter((r) => r.nodeId === API && duringOutage(r.atMs))
const userVerdict = (run: LessonRun) => {
  const answers = userAnswers(run)
  if (answers.some((r) => r.statusCode >= 500)) return 'errors'
  return answers.length > 0 ? 'fast' : 'wait'
}
/** Stream records that ended without reaching RDS (discarded or expired). */
const lostRecords = (run: LessonRun) =>
  entriesOf(run, 'event.fate').filter(
    (f) =>
      (f.fate === 'discarded' || f.fate === 'expired') &&
      run.result.events.some((e) => e.id === f.eventId && e.source === STREAM),
  ).length
/** The oldest record's age in the shard (IteratorAge) at the checkpoint after RDS came back, in whole seconds. */
const maxIteratorAgeS = (run: LessonRun) => {
  let max = 0
  for (const s of entriesOf(run, 'source.step')) {
    const age = s.nodeId === STREAM && s.reason === 'esm.checkpoint' ? s.detail?.['iteratorAgeMs'] : undefined
    if (typeof age === 'number' && age > max) max = age
  }
  return Math.round(max / 1000)
}
const failedAttempts = (run: LessonRun) =>
  entriesOf(run, 'invoke.end').filter((e) => e.nodeId === REPLICATOR && e.result !== 'success').length

export const writeBehind: Lesson = {
  id: 'write-behind',
  titleKey: 'lessons.writeBehind.title',
  summaryKey: 'lessons.writeBehind.summary',
  coversKeys: [
    'lessons.writeBehind.covers.fast',
    'lessons.writeBehind.covers.stream',
    'lessons.writeBehind.covers.blocked',
  ],
  minutes: 7,
  topics: ['dynamoStreams', 'streamErrors', 'vpc'],
  scenario,
  steps: [
    {
      id: 'intro',
      kind: 'narrate',
      textKey: 'lessons.writeBehind.steps.intro',
      highlights: [
        { kind: 'node', nodeId: 'writer' },
        { kind: 'node', nodeId: 'orders' },
        { kind: 'node', nodeId: STREAM },
        { kind: 'node', nodeId: REPLICATOR },
      ],
    },
    {
      id: 'normal',
      kind: 'play',
      textKey: 'lessons.writeBehind.steps.normal',
      highlights: [{ kind: 'edge', edgeId: 'replay' }],
      until: { kind: 'time', atMs: 15_000 },
      speed: 2,
    },
    {
      id: 'predictUsers',
      kind: 'question',
      textKey: 'lessons.writeBehind.steps.predictUsers',
      highlights: [{ kind: 'node', nodeId: 'reporting-db' }],
      question: {
        kind: 'choice',
        options: [
          { id: 'errors', labelKey: 'lessons.writeBehind.options.errors' },
          { id: 'wait', labelKey: 'lessons.writeBehind.options.wait' },
          { id: 'fast', labelKey: 'lessons.writeBehind.options.fast' },
        ],
        answer: userVerdict,
        explain: (run) => ({ key: 'lessons.writeBehind.explain.users', params: { answers: userAnswers(run).length } }),
      },
    },
    {
      id: 'outage',
      kind: 'play',
      textKey: 'lessons.writeBehind.steps.outage',
      highlights: [{ kind: 'shard', nodeId: STREAM, shardId: SHARD }],
      until: { kind: 'time', atMs: 45_000 },
      speed: 4,
    },
    {
      id: 'lost',
      kind: 'question',
      textKey: 'lessons.writeBehind.steps.lost',
      highlights: [{ kind: 'shard', nodeId: STREAM, shardId: SHARD }],
      question: {
        kind: 'number',
        unitKey: 'lessons.units.events',
        answer: lostRecords,
        explain: (run) => ({ key: 'lessons.writeBehind.explain.lost', params: { failed: failedAttempts(run) } }),
      },
    },
    {
      id: 'catchUp',
      kind: 'play',
      textKey: 'lessons.writeBehind.steps.catchUp',
      highlights: [{ kind: 'shard', nodeId: STREAM, shardId: SHARD }],
      until: { kind: 'time', atMs: 70_000 },
      speed: 4,
    },
    {
      id: 'age',
      kind: 'question',
      textKey: 'lessons.writeBehind.steps.age',
      question: {
        kind: 'choice',
        options: [
          { id: 'subsecond', labelKey: 'lessons.writeBehind.options.subsecond' },
          { id: 'outage', labelKey: 'lessons.writeBehind.options.outage' },
          { id: 'day', labelKey: 'lessons.writeBehind.options.day' },
        ],
        answer: (run) => {
          const s = maxIteratorAgeS(run)
          return s < 2 ? 'subsecond' : s < 3600 ? 'outage' : 'day'
        },
        explain: (run) => ({
          key: 'lessons.writeBehind.explain.age',
          params: { seconds: maxIteratorAgeS(run), outage: (BACK_MS - DOWN_MS) / 1000 },
        }),
      },
    },
    { id: 'limits', kind: 'narrate', textKey: 'lessons.writeBehind.steps.limits' },
    { id: 'sandbox', kind: 'sandbox', textKey: 'lessons.writeBehind.steps.sandbox' },
  ],
}
