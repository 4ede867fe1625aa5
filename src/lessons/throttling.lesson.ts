/**
 * Lesson 11: throttling and concurrency across the styles (§5.3, §2.1; G-throttle). Reserved concurrency 1: the second
 * synchronous caller gets 429 at once; a throttled asynchronous event is kept and retried by Lambda until it runs.
 */
import type { Scenario } from '../model'
import { entriesOf, type LessonRun } from './run'
import type { Lesson, TaskResult } from './types'

const FN = 'resize'

const scenario: Scenario = {
  format: 'lambdascope/scenario@1',
  title: 'Throttling: one at a time',
  era: 'current',
  seed: 11,
  durationMs: 60_000,
  nodes: [
    { id: 'app', type: 'client', label: 'mobile app', position: { x: 0, y: 0 } },
    { id: 'photos', type: 's3', label: 'photos bucket', position: { x: 0, y: 150 } },
    { id: FN, type: 'lambda', position: { x: 300, y: 75 }, config: { durationMs: 3000, reservedConcurrency: 1 } },
  ],
  edges: [
    { from: 'app', to: FN },
    { from: 'photos', to: FN },
  ],
  traffic: [
    { id: 'calls', source: 'app', kind: 'once', atMs: 1000, count: 2 },
    { id: 'uploads', source: 'photos', kind: 'once', atMs: 10_000, count: 2 },
  ],
  faults: [],
}

const createdBy = (run: LessonRun, origin: string) =>
  new Set(
    entriesOf(run, 'event.created')
      .filter((e) => e.origin === origin)
      .map((e) => e.eventId),
  )
const firstRefused = (run: LessonRun, origin: string) => {
  const ids = createdBy(run, origin)
  return entriesOf(run, 'invoke.refused').find((e) => ids.has(e.eventId))
}
function syncStory(run: LessonRun) {
  const refused = firstRefused(run, 'calls')
  const r = entriesOf(run, 'response').find((x) => x.eventId === refused?.eventId)
  const retried = entriesOf(run, 'invoke.start').some((e) => e.eventId === refused?.eventId)
  return { status: r?.statusCode ?? 0, errorType: refused?.errorType ?? '', retried }
}
function asyncStory(run: LessonRun) {
  const refused = firstRefused(run, 'uploads')
  const id = refused?.eventId
  const tries = entriesOf(run, 'invoke.refused').filter((e) => e.eventId === id).length
  const fate = run.result.events.find((e) => e.id === id)?.fate ?? 'in-flight'
  const ran = entriesOf(run, 'invoke.start').find((e) => e.eventId === id)
  return { tries, fate, atS: ran ? Math.round(ran.atMs / 1000) : 0 }
}

export const throttling: Lesson = {
  id: 'throttling',
  titleKey: 'lessons.throttling.title',
  summaryKey: 'lessons.throttling.summary',
  coversKeys: [
    'lessons.throttling.covers.reserved',
    'lessons.throttling.covers.sync',
    'lessons.throttling.covers.async',
  ],
  minutes: 6,
  topics: ['throttling', 'invokeStyles'],
  scenario,
  steps: [
    {
      id: 'intro',
      kind: 'narrate',
      textKey: 'lessons.throttling.steps.intro',
      highlights: [{ kind: 'node', nodeId: FN }],
    },
    {
      id: 'predictSync',
      kind: 'question',
      textKey: 'lessons.throttling.steps.predictSync',
      highlights: [{ kind: 'node', nodeId: 'app' }],
      question: {
        kind: 'choice',
        options: [
          { id: 'waits', labelKey: 'lessons.throttling.options.waits' },
          { id: 'error', labelKey: 'lessons.throttling.options.error' },
          { id: 'retried', labelKey: 'lessons.throttling.options.retriedByLambda' },
        ],
        answer: (run) => {
          const s = syncStory(run)
          return s.retried ? 'retried' : s.status === 429 ? 'error' : 'waits'
        },
        explain: (run) => {
          const { status, errorType } = syncStory(run)
          return { key: 'lessons.throttling.explain.sync', params: { status, errorType } }
        },
      },
    },
    {
      id: 'seeSync',
      kind: 'play',
      textKey: 'lessons.throttling.steps.seeSync',
      until: { kind: 'refused', nodeId: FN },
    },
    {
      id: 'predictAsync',
      kind: 'question',
      textKey: 'lessons.throttling.steps.predictAsync',
      highlights: [{ kind: 'node', nodeId: 'photos' }],
      question: {
        kind: 'choice',
        options: [
          { id: 'lost', labelKey: 'lessons.throttling.options.lost' },
          { id: 'toSource', labelKey: 'lessons.throttling.options.toSource' },
          { id: 'retried', labelKey: 'lessons.throttling.options.keptAndRetried' },
        ],
        answer: (run) => {
          const s = asyncStory(run)
          return s.fate === 'succeeded' && s.tries > 0 ? 'retried' : s.fate === 'discarded' ? 'lost' : 'toSource'
        },
        explain: (run) => {
          const { tries, atS } = asyncStory(run)
          return { key: 'lessons.throttling.explain.async', params: { tries, atS } }
        },
      },
    },
    {
      id: 'seeAsync',
      kind: 'play',
      textKey: 'lessons.throttling.steps.seeAsync',
      until: { kind: 'time', atMs: 17_000 },
    },
    { id: 'polled', kind: 'narrate', textKey: 'lessons.throttling.steps.polled' },
    {
      id: 'noThrottles',
      kind: 'task',
      textKey: 'lessons.throttling.steps.noThrottles',
      highlights: [{ kind: 'node', nodeId: FN }],
      task: {
        check: (run): TaskResult => {
          const throttles = entriesOf(run, 'invoke.refused').filter((e) => e.result === 'throttled').length
          const runs = entriesOf(run, 'invoke.start').length
          return throttles === 0
            ? { pass: true, said: { key: 'lessons.throttling.task.pass', params: { runs } } }
            : { pass: false, said: { key: 'lessons.throttling.task.fail', params: { throttles } } }
        },
        solution: (doc) => ({
          ...doc,
          nodes: doc.nodes.map((n) =>
            n.id === FN && n.type === 'lambda' ? { ...n, config: { ...n.config, reservedConcurrency: 2 } } : n,
          ),
        }),
      },
    },
    { id: 'sandbox', kind: 'sandbox', textKey: 'lessons.throttling.steps.sandbox' },
  ],
}
