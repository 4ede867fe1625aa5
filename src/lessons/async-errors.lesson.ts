/**
 * Lesson 9: errors in asynchronous invocations (§2.1, §2.4; G1, G3). An S3 upload, a function that always fails, a DLQ:
 * the first attempt and two retries (1 min, then 2 min later), then the DLQ — and without one, the event is gone.
 */
import type { Scenario } from '../model'
import { entriesOf, fateCounts, type LessonRun } from './run'
import type { Lesson, TaskResult } from './types'

const FN = 'thumbnailer'
const DLQ = 'thumbnailer-dlq'

const scenario: Scenario = {
  format: 'lambdascope/scenario@1',
  title: 'Async errors: retries, then the DLQ',
  era: 'current',
  seed: 9,
  durationMs: 300_000,
  nodes: [
    { id: 'uploads', type: 's3', label: 'uploads bucket', position: { x: 0, y: 0 } },
    { id: FN, type: 'lambda', position: { x: 260, y: 0 }, config: { durationMs: 800, timeoutMs: 3000 } },
    { id: DLQ, type: 'sqs', label: 'DLQ', position: { x: 520, y: 0 } },
  ],
  edges: [
    { from: 'uploads', to: FN },
    { from: FN, to: DLQ, role: 'dlq' },
  ],
  traffic: [
    {
      id: 'upload',
      source: 'uploads',
      kind: 'once',
      atMs: 1000,
      payload: {
        Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'uploads' }, object: { key: 'cat.jpg' } } }],
      },
    },
  ],
  faults: [{ id: 'bug', kind: 'fail', target: FN }],
}

/** The same wiring with no DLQ: after the last retry the event is discarded. */
const withoutDlq: Scenario = {
  ...scenario,
  nodes: scenario.nodes.filter((n) => n.id !== DLQ),
  edges: scenario.edges.filter((e) => e.to !== DLQ),
}

const attemptsOf = (run: LessonRun) => entriesOf(run, 'invoke.start').filter((e) => e.nodeId === FN).length
const retryDelaysS = (run: LessonRun) =>
  entriesOf(run, 'retry.scheduled')
    .filter((e) => e.nodeId === FN)
    .map((e) => Math.round((e.nextAtMs - e.atMs) / 1000))
const lost = (run: LessonRun) => {
  const f = fateCounts(run)
  return (f.discarded ?? 0) + (f.expired ?? 0)
}

export const asyncErrors: Lesson = {
  id: 'async-errors',
  titleKey: 'lessons.asyncErrors.title',
  summaryKey: 'lessons.asyncErrors.summary',
  coversKeys: [
    'lessons.asyncErrors.covers.retries',
    'lessons.asyncErrors.covers.dlq',
    'lessons.asyncErrors.covers.lost',
  ],
  minutes: 6,
  topics: ['asyncErrors', 'invokeStyles'],
  scenario,
  steps: [
    {
      id: 'intro',
      kind: 'narrate',
      textKey: 'lessons.asyncErrors.steps.intro',
      highlights: [
        { kind: 'node', nodeId: 'uploads' },
        { kind: 'node', nodeId: FN },
      ],
    },
    {
      id: 'predictAttempts',
      kind: 'question',
      textKey: 'lessons.asyncErrors.steps.predictAttempts',
      highlights: [{ kind: 'node', nodeId: FN }],
      question: {
        kind: 'choice',
        options: [
          { id: '1', labelKey: 'lessons.asyncErrors.options.once' },
          { id: '2', labelKey: 'lessons.asyncErrors.options.twice' },
          { id: '3', labelKey: 'lessons.asyncErrors.options.threeTimes' },
          { id: 'forever', labelKey: 'lessons.asyncErrors.options.untilItWorks' },
        ],
        answer: (run) => String(attemptsOf(run)),
        explain: (run) => ({
          key: 'lessons.asyncErrors.explain.attempts',
          params: { attempts: attemptsOf(run), retries: attemptsOf(run) - 1 },
        }),
      },
    },
    {
      id: 'firstFailure',
      kind: 'play',
      textKey: 'lessons.asyncErrors.steps.firstFailure',
      highlights: [{ kind: 'node', nodeId: FN }],
      until: { kind: 'attemptEnd', nodeId: FN, attempt: 1 },
    },
    {
      id: 'retryDelay',
      kind: 'question',
      textKey: 'lessons.asyncErrors.steps.retryDelay',
      question: {
        kind: 'number',
        unitKey: 'lessons.units.seconds',
        answer: (run) => retryDelaysS(run)[0] ?? 0,
        explain: (run) => {
          const [first = 0, second = 0] = retryDelaysS(run)
          return { key: 'lessons.asyncErrors.explain.delays', params: { first, second } }
        },
      },
    },
    {
      id: 'toDlq',
      kind: 'play',
      textKey: 'lessons.asyncErrors.steps.toDlq',
      highlights: [{ kind: 'edge', edgeId: `${FN}->${DLQ}` }],
      until: { kind: 'message', nodeId: DLQ },
    },
    {
      id: 'whereNow',
      kind: 'question',
      textKey: 'lessons.asyncErrors.steps.whereNow',
      question: {
        kind: 'node',
        answer: (run) => entriesOf(run, 'message.sent')[0]?.nodeId ?? '',
        explain: (run) => {
          const to = entriesOf(run, 'message.sent')[0]?.nodeId ?? ''
          const label = run.resolved.nodes.find((n) => n.id === to)?.label ?? to
          return { key: 'lessons.asyncErrors.explain.where', params: { label } }
        },
      },
    },
    {
      id: 'noDlq',
      kind: 'play',
      textKey: 'lessons.asyncErrors.steps.noDlq',
      highlights: [{ kind: 'node', nodeId: FN }],
      scenario: withoutDlq,
      until: { kind: 'fate', fate: 'discarded', nodeId: FN },
    },
    {
      id: 'saveIt',
      kind: 'task',
      textKey: 'lessons.asyncErrors.steps.saveIt',
      task: {
        check: (run): TaskResult => {
          const n = lost(run)
          return n === 0
            ? { pass: true, said: { key: 'lessons.asyncErrors.task.pass', params: { kept: run.result.events.length } } }
            : { pass: false, said: { key: 'lessons.asyncErrors.task.fail', params: { lost: n } } }
        },
        solution: (doc) => ({
          ...doc,
          nodes: [...doc.nodes, { id: DLQ, type: 'sqs', label: 'DLQ', position: { x: 520, y: 0 } }],
          edges: [...doc.edges, { from: FN, to: DLQ, role: 'dlq' }],
        }),
      },
    },
    { id: 'sandbox', kind: 'sandbox', textKey: 'lessons.asyncErrors.steps.sandbox' },
  ],
}
