/**
 * Lesson 4: running a handler locally (§9, §11). Lambda calls one entry point with two arguments: the event (the
 * source's JSON) and the context object (request id, time left, names that depend on the runtime). A local unit test
 * does the same: build an event and a fake context, call the handler (the inspector's "export local test"). Every
 * answer reads the invocation the engine ran and the model's event and context builders.
 */
import { contextFields, remainingMs, type ContextInput, type Scenario } from '../model'
import { contextInputOf, firstInvocationOf } from '../sim/views'
import type { LessonRun } from './run'
import type { Lesson, TaskResult } from './types'

const FN = 'thumbnailer'
const TARGET_BUDGET_MS = 10_000

const scenario: Scenario = {
  format: 'lambdascope/scenario@1',
  title: 'Running a handler locally: event and context',
  era: 'current',
  seed: 4,
  durationMs: 20_000,
  nodes: [
    { id: 'uploads', type: 's3', label: 'uploads bucket', position: { x: 0, y: 0 } },
    {
      id: FN,
      type: 'lambda',
      label: 'thumbnailer',
      position: { x: 300, y: 0 },
      config: { durationMs: 700, timeoutMs: 6000, memoryMb: 256, runtime: 'nodejs' },
    },
  ],
  edges: [{ id: 'upload-trigger', from: 'uploads', to: FN }],
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
  faults: [],
}

/** The same function, written in Python. */
const inPython: Scenario = {
  ...scenario,
  nodes: scenario.nodes.map((n) =>
    n.id === FN && n.type === 'lambda' ? { ...n, config: { ...n.config, runtime: 'python' as const } } : n,
  ),
}

const firstOf = (run: LessonRun) => firstInvocationOf(run.result, run.resolved, FN)
const contextOf = (run: LessonRun): ContextInput | null => {
  const inv = firstOf(run)
  return inv ? contextInputOf(run.resolved, inv) : null
}
/** What `getRemainingTimeInMillis()` said as the handler started. */
const budgetMs = (run: LessonRun) => {
  const c = contextOf(run)
  return c ? remainingMs(c, c.handlerStartMs) : 0
}
const runtimeOf = (run: LessonRun) => {
  const fn = run.resolved.nodeById.get(FN)
  return fn?.type === 'lambda' ? fn.config.runtime : 'nodejs'
}
/** The context field (in the function's runtime) that carries the request id. */
const requestIdName = (run: LessonRun) => {
  const c = contextOf(run)
  return c ? (contextFields(runtimeOf(run), c).find(([, v]) => v === c.requestId)?.[0] ?? '') : ''
}
/** The event's shape, as the first invocation received it. */
const eventShape = (run: LessonRun) => {
  const e = firstOf(run)?.event
  return typeof e === 'object' && e !== null && Array.isArray((e as { Records?: unknown }).Records)
    ? 'records'
    : 'other'
}

export const localHandler: Lesson = {
  id: 'local-handler',
  titleKey: 'lessons.localHandler.title',
  summaryKey: 'lessons.localHandler.summary',
  coversKeys: [
    'lessons.localHandler.covers.entry',
    'lessons.localHandler.covers.event',
    'lessons.localHandler.covers.context',
    'lessons.localHandler.covers.export',
  ],
  minutes: 6,
  topics: ['localHandler'],
  scenario,
  steps: [
    {
      id: 'intro',
      kind: 'narrate',
      textKey: 'lessons.localHandler.steps.intro',
      highlights: [{ kind: 'node', nodeId: FN }],
    },
    {
      id: 'firstCall',
      kind: 'play',
      textKey: 'lessons.localHandler.steps.firstCall',
      highlights: [{ kind: 'edge', edgeId: 'upload-trigger' }],
      until: { kind: 'attemptEnd', nodeId: FN, attempt: 1 },
    },
    {
      id: 'eventShape',
      kind: 'question',
      textKey: 'lessons.localHandler.steps.eventShape',
      question: {
        kind: 'choice',
        options: [
          { id: 'file', labelKey: 'lessons.localHandler.options.file' },
          { id: 'records', labelKey: 'lessons.localHandler.options.records' },
          { id: 'other', labelKey: 'lessons.localHandler.options.url' },
        ],
        answer: eventShape,
        explain: () => ({ key: 'lessons.localHandler.explain.event' }),
      },
    },
    {
      id: 'timeLeft',
      kind: 'question',
      textKey: 'lessons.localHandler.steps.timeLeft',
      question: {
        kind: 'number',
        unitKey: 'lessons.units.seconds',
        answer: (run) => budgetMs(run) / 1000,
        explain: (run) => ({ key: 'lessons.localHandler.explain.timeLeft', params: { ms: budgetMs(run) } }),
      },
    },
    {
      id: 'python',
      kind: 'question',
      textKey: 'lessons.localHandler.steps.python',
      scenario: inPython,
      question: {
        kind: 'choice',
        options: [
          { id: 'awsRequestId', labelKey: 'lessons.localHandler.options.camel' },
          { id: 'aws_request_id', labelKey: 'lessons.localHandler.options.snake' },
          { id: 'request_id', labelKey: 'lessons.localHandler.options.short' },
        ],
        answer: requestIdName,
        explain: (run) => ({ key: 'lessons.localHandler.explain.python', params: { name: requestIdName(run) } }),
      },
    },
    {
      id: 'export',
      kind: 'narrate',
      textKey: 'lessons.localHandler.steps.export',
      highlights: [{ kind: 'node', nodeId: FN }],
    },
    {
      id: 'budget',
      kind: 'task',
      textKey: 'lessons.localHandler.steps.budget',
      task: {
        check: (run): TaskResult => {
          const ms = budgetMs(run)
          return ms === TARGET_BUDGET_MS
            ? { pass: true, said: { key: 'lessons.localHandler.task.pass', params: { ms } } }
            : { pass: false, said: { key: 'lessons.localHandler.task.fail', params: { ms, target: TARGET_BUDGET_MS } } }
        },
        solution: (doc) => ({
          ...doc,
          nodes: doc.nodes.map((n) =>
            n.id === FN && n.type === 'lambda' ? { ...n, config: { ...n.config, timeoutMs: TARGET_BUDGET_MS } } : n,
          ),
        }),
      },
    },
    { id: 'sandbox', kind: 'sandbox', textKey: 'lessons.localHandler.steps.sandbox' },
  ],
}
