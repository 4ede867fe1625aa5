/**
 * Lesson 10: errors in streams (§3.2; G17). A Kinesis stream with two shards and one poison record: the whole batch is
 * retried, its shard waits (order is kept) while the other shard goes on; today's remedies unblock it.
 */
import type { Scenario } from '../model'
import { entriesOf, fateCounts, type LessonRun } from './run'
import type { Lesson, TaskResult } from './types'

const STREAM = 'clicks'
const FN = 'aggregator'
const ESM = 'clicks-esm'

const scenario: Scenario = {
  format: 'lambdascope/scenario@1',
  title: 'Stream errors: a poison record blocks its shard',
  era: 'current',
  seed: 10,
  durationMs: 120_000,
  // Capped where the traffic stops: the lesson asks about the records still waiting then (a settled run would go on
  // until they expire, a day later).
  runLimitMs: 120_000,
  nodes: [
    { id: STREAM, type: 'kinesis', label: 'clicks stream', position: { x: 0, y: 0 }, config: { shardCount: 2 } },
    { id: FN, type: 'lambda', position: { x: 300, y: 0 }, config: { durationMs: 300 } },
  ],
  edges: [{ id: ESM, from: STREAM, to: FN, config: { batchSize: 10, startingPosition: 'TRIM_HORIZON' } }],
  traffic: [
    {
      id: 'click-stream',
      source: STREAM,
      kind: 'every',
      everyMs: 2000,
      untilMs: 30_000,
      partitionKeys: ['a', 'b', 'c', 'd'],
    },
  ],
  faults: [{ id: 'poison', kind: 'poisonRecord', target: STREAM, index: 3, response: 'throw' }],
}

/** Which shard each record was read from (the mapping's batch steps name it). */
function shardOf(run: LessonRun): Map<string, string> {
  const out = new Map<string, string>()
  for (const e of entriesOf(run, 'source.step'))
    if (e.shardId) for (const id of e.eventIds) if (!out.has(id)) out.set(id, e.shardId)
  return out
}

/**
 * The shard of the first batch that failed, how many records are still waiting at the end (records behind a blocked
 * batch are never read, so they have no shard yet), and how many the other shards processed.
 */
function shardStory(run: LessonRun) {
  const shards = shardOf(run)
  const firstFail = entriesOf(run, 'invoke.end').find((e) => e.nodeId === FN && e.result !== 'success')
  const blocked =
    entriesOf(run, 'source.step').find((s) => firstFail !== undefined && s.detail?.batchId === firstFail.eventId)
      ?.shardId ?? ''
  const waiting = run.result.events.filter((e) => e.fate === 'in-flight').length
  const otherDone = run.result.events.filter(
    (e) => e.fate === 'succeeded' && shards.has(e.id) && shards.get(e.id) !== blocked,
  ).length
  return { blocked, waiting, otherDone }
}

const short = (shardId: string) => shardId.replace(/^shardId-0*/, '') || '0'

export const streamErrors: Lesson = {
  id: 'stream-errors',
  titleKey: 'lessons.streamErrors.title',
  summaryKey: 'lessons.streamErrors.summary',
  coversKeys: [
    'lessons.streamErrors.covers.blocked',
    'lessons.streamErrors.covers.order',
    'lessons.streamErrors.covers.remedies',
  ],
  minutes: 8,
  topics: ['streamErrors', 'pushPoll'],
  scenario,
  steps: [
    {
      id: 'intro',
      kind: 'narrate',
      textKey: 'lessons.streamErrors.steps.intro',
      highlights: [
        { kind: 'node', nodeId: STREAM },
        { kind: 'edge', edgeId: ESM },
      ],
    },
    {
      id: 'firstFailure',
      kind: 'play',
      textKey: 'lessons.streamErrors.steps.firstFailure',
      highlights: [{ kind: 'node', nodeId: FN }],
      until: { kind: 'failure', nodeId: FN },
    },
    {
      id: 'predictBehind',
      kind: 'question',
      textKey: 'lessons.streamErrors.steps.predictBehind',
      question: {
        kind: 'choice',
        options: [
          { id: 'skipped', labelKey: 'lessons.streamErrors.options.skipped' },
          { id: 'wait', labelKey: 'lessons.streamErrors.options.wait' },
          { id: 'dropped', labelKey: 'lessons.streamErrors.options.dropped' },
        ],
        answer: (run) => {
          const s = shardStory(run)
          const f = fateCounts(run)
          if ((f.discarded ?? 0) + (f.expired ?? 0) > 0) return 'dropped'
          return s.waiting > 1 ? 'wait' : 'skipped'
        },
        explain: (run) => {
          const s = shardStory(run)
          return {
            key: 'lessons.streamErrors.explain.behind',
            params: { waiting: s.waiting, shard: short(s.blocked), done: s.otherDone },
          }
        },
      },
    },
    {
      id: 'watchBlocked',
      kind: 'play',
      textKey: 'lessons.streamErrors.steps.watchBlocked',
      highlights: [{ kind: 'node', nodeId: STREAM }],
      until: { kind: 'time', atMs: 90_000 },
    },
    { id: 'untilExpiry', kind: 'narrate', textKey: 'lessons.streamErrors.steps.untilExpiry' },
    {
      id: 'unblock',
      kind: 'task',
      textKey: 'lessons.streamErrors.steps.unblock',
      highlights: [{ kind: 'edge', edgeId: ESM }],
      task: {
        check: (run): TaskResult => {
          const f = fateCounts(run)
          const lost = (f.discarded ?? 0) + (f.expired ?? 0)
          const waiting = f['in-flight'] ?? 0
          if (lost > 0) return { pass: false, said: { key: 'lessons.streamErrors.task.lost', params: { lost } } }
          if (waiting > 0)
            return { pass: false, said: { key: 'lessons.streamErrors.task.stillBlocked', params: { waiting } } }
          return {
            pass: true,
            said: {
              key: 'lessons.streamErrors.task.pass',
              params: { done: f.succeeded ?? 0, reported: f['sent-to-destination'] ?? 0 },
            },
          }
        },
        solution: (doc) => ({
          ...doc,
          nodes: [...doc.nodes, { id: 'failures', type: 'sqs', label: 'failed batches', position: { x: 300, y: 200 } }],
          edges: [
            ...doc.edges.map((e) =>
              e.id === ESM ? { ...e, config: { ...e.config, maxRetryAttempts: 2, bisectOnError: true } } : e,
            ),
            { from: STREAM, to: 'failures', role: 'onFailure' as const },
          ],
        }),
      },
    },
    { id: 'sandbox', kind: 'sandbox', textKey: 'lessons.streamErrors.steps.sandbox' },
  ],
}
