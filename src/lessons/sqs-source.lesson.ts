/**
 * Lesson 12: SQS as an event source (§4.1, §4.3; G25, G26). A batch with one bad message: without partial batch
 * responses the whole batch comes back after the visibility timeout and, after maxReceiveCount receives, every message
 * of it lands in the queue's own DLQ; with ReportBatchItemFailures only the bad one does.
 */
import type { Scenario } from '../model'
import { entriesOf, fateCounts, type LessonRun } from './run'
import type { Lesson, TaskResult } from './types'

const QUEUE = 'orders'
const FN = 'worker'
const DLQ = 'orders-dlq'
const ESM = 'orders-esm'

const scenario: Scenario = {
  format: 'lambdascope/scenario@1',
  title: 'SQS source: visibility timeout, redrive, partial batch',
  era: 'current',
  seed: 12,
  durationMs: 150_000,
  nodes: [
    {
      id: QUEUE,
      type: 'sqs',
      label: 'orders queue',
      position: { x: 0, y: 0 },
      config: { visibilityTimeoutMs: 30_000 },
    },
    { id: FN, type: 'lambda', position: { x: 300, y: 0 }, config: { durationMs: 400, timeoutMs: 10_000 } },
    { id: DLQ, type: 'sqs', label: 'orders DLQ', position: { x: 0, y: 200 } },
  ],
  edges: [
    { id: ESM, from: QUEUE, to: FN, config: { batchSize: 5, maximumBatchingWindowMs: 2000 } },
    { from: QUEUE, to: DLQ, role: 'dlq', config: { maxReceiveCount: 3 } },
  ],
  traffic: [{ id: 'checkout', source: QUEUE, kind: 'once', atMs: 1000, count: 5 }],
  faults: [{ id: 'bad-order', kind: 'poisonRecord', target: QUEUE, index: 2, response: 'throw' }],
}

const visibilityS = (run: LessonRun) => {
  const steps = entriesOf(run, 'source.step').filter((e) => e.nodeId === QUEUE)
  const firstReceive = steps.find((e) => e.reason === 'sqs.received')
  const back = steps.find((e) => e.reason === 'sqs.visibilityTimeout')
  return firstReceive && back ? Math.round((back.atMs - firstReceive.atMs) / 1000) : 0
}
const story = (run: LessonRun) => {
  const f = fateCounts(run)
  return { dlq: f['dead-lettered'] ?? 0, total: run.result.events.length, done: f.succeeded ?? 0 }
}

export const sqsSource: Lesson = {
  id: 'sqs-source',
  titleKey: 'lessons.sqsSource.title',
  summaryKey: 'lessons.sqsSource.summary',
  coversKeys: [
    'lessons.sqsSource.covers.visibility',
    'lessons.sqsSource.covers.redrive',
    'lessons.sqsSource.covers.partial',
  ],
  minutes: 8,
  topics: ['sqsSource', 'pushPoll'],
  scenario,
  steps: [
    {
      id: 'intro',
      kind: 'narrate',
      textKey: 'lessons.sqsSource.steps.intro',
      highlights: [
        { kind: 'node', nodeId: QUEUE },
        { kind: 'edge', edgeId: ESM },
      ],
    },
    {
      id: 'firstFailure',
      kind: 'play',
      textKey: 'lessons.sqsSource.steps.firstFailure',
      highlights: [{ kind: 'node', nodeId: FN }],
      until: { kind: 'failure', nodeId: FN },
    },
    {
      id: 'predictVisible',
      kind: 'question',
      textKey: 'lessons.sqsSource.steps.predictVisible',
      question: {
        kind: 'number',
        unitKey: 'lessons.units.seconds',
        answer: visibilityS,
        explain: (run) => ({ key: 'lessons.sqsSource.explain.visible', params: { seconds: visibilityS(run) } }),
      },
    },
    {
      id: 'again',
      kind: 'play',
      textKey: 'lessons.sqsSource.steps.again',
      highlights: [{ kind: 'node', nodeId: QUEUE }],
      until: { kind: 'time', atMs: 35_000 },
    },
    {
      id: 'predictDlq',
      kind: 'question',
      textKey: 'lessons.sqsSource.steps.predictDlq',
      question: {
        kind: 'choice',
        options: [
          { id: 'onlyBad', labelKey: 'lessons.sqsSource.options.onlyBad' },
          { id: 'all', labelKey: 'lessons.sqsSource.options.all' },
          { id: 'none', labelKey: 'lessons.sqsSource.options.none' },
        ],
        answer: (run) => {
          const s = story(run)
          return s.dlq === 0 ? 'none' : s.dlq === s.total ? 'all' : 'onlyBad'
        },
        explain: (run) => {
          const { dlq, total } = story(run)
          return { key: 'lessons.sqsSource.explain.dlq', params: { dlq, total } }
        },
      },
    },
    {
      id: 'toDlq',
      kind: 'play',
      textKey: 'lessons.sqsSource.steps.toDlq',
      highlights: [{ kind: 'node', nodeId: DLQ }],
      until: { kind: 'message', nodeId: DLQ },
    },
    {
      id: 'whoRedrives',
      kind: 'question',
      textKey: 'lessons.sqsSource.steps.whoRedrives',
      question: {
        kind: 'node',
        answer: (run) => {
          const edgeId = entriesOf(run, 'message.sent')[0]?.edgeId
          return run.resolved.edges.find((e) => e.id === edgeId)?.from ?? ''
        },
        explain: (run) => {
          const edgeId = entriesOf(run, 'message.sent')[0]?.edgeId
          const from = run.resolved.edges.find((e) => e.id === edgeId)?.from ?? ''
          return {
            key: 'lessons.sqsSource.explain.redrive',
            params: { label: run.resolved.nodes.find((n) => n.id === from)?.label ?? from },
          }
        },
      },
    },
    {
      id: 'saveGood',
      kind: 'task',
      textKey: 'lessons.sqsSource.steps.saveGood',
      highlights: [{ kind: 'edge', edgeId: ESM }],
      task: {
        check: (run): TaskResult => {
          const { dlq, done, total } = story(run)
          // One order is bad: it must end in the DLQ, and only it.
          if (dlq > 1)
            return { pass: false, said: { key: 'lessons.sqsSource.task.goodInDlq', params: { good: dlq - 1 } } }
          if (dlq === 0 || done + dlq < total)
            return {
              pass: false,
              said: { key: 'lessons.sqsSource.task.lost', params: { lost: Math.max(1, total - done - dlq) } },
            }
          return { pass: true, said: { key: 'lessons.sqsSource.task.pass', params: { done, dlq } } }
        },
        solution: (doc) => ({
          ...doc,
          edges: doc.edges.map((e) =>
            e.id === ESM ? { ...e, config: { ...e.config, reportBatchItemFailures: true } } : e,
          ),
          faults: doc.faults?.map((f) =>
            f.id === 'bad-order' && f.kind === 'poisonRecord' ? { ...f, response: 'reportItemFailure' as const } : f,
          ),
        }),
      },
    },
    { id: 'sandbox', kind: 'sandbox', textKey: 'lessons.sqsSource.steps.sandbox' },
  ],
}
