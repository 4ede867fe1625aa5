/**
 * Lesson 8: errors in synchronous calls (§5.1, §5.2; G13–G15). API Gateway (REST) in front of a function: a function
 * error is 502, a throttle 500, a slow function 504 after 29 s while it runs on; Lambda itself never retries.
 */
import type { Scenario } from '../model'
import { entriesOf, type LessonRun } from './run'
import type { Lesson } from './types'

const API = 'api'
const FN = 'orders'

const scenario: Scenario = {
  format: 'lambdascope/scenario@1',
  title: 'Sync errors: what the API client gets',
  era: 'current',
  seed: 8,
  durationMs: 90_000,
  nodes: [
    { id: API, type: 'apiGateway', label: 'orders API', position: { x: 0, y: 0 }, config: { api: 'rest' } },
    {
      id: FN,
      type: 'lambda',
      position: { x: 300, y: 0 },
      config: { durationMs: 300, timeoutMs: 60_000, reservedConcurrency: 1 },
    },
  ],
  edges: [{ from: API, to: FN }],
  traffic: [
    { id: 'first', source: API, kind: 'once', atMs: 1000 },
    { id: 'buggy', source: API, kind: 'once', atMs: 3000 },
    { id: 'pair', source: API, kind: 'once', atMs: 6000, count: 2 },
    { id: 'slow', source: API, kind: 'once', atMs: 10_000 },
  ],
  faults: [
    { id: 'bug', kind: 'failNext', target: FN, atMs: 2500, count: 1 },
    { id: 'slow-db', kind: 'timeout', target: FN, atMs: 9000, durationMs: 45_000 },
  ],
}

/** The events a traffic entry created, in order. */
const eventsOf = (run: LessonRun, origin: string) => entriesOf(run, 'event.created').filter((e) => e.origin === origin)
/** What the client of a request got: the response (status and when) for the last event of that traffic entry. */
function responseTo(run: LessonRun, origin: string) {
  const ev = eventsOf(run, origin).at(-1)
  const created = ev?.atMs ?? 0
  const r = entriesOf(run, 'response').find((x) => x.eventId === ev?.eventId)
  return {
    status: r?.statusCode ?? 0,
    afterS: r ? Math.round((r.atMs - created) / 1000) : 0,
    eventId: ev?.eventId ?? '',
  }
}
/** The throttled request of the pair: the one Lambda refused. */
function throttled(run: LessonRun) {
  const pair = new Set(eventsOf(run, 'pair').map((e) => e.eventId))
  const refused = entriesOf(run, 'invoke.refused').find((e) => pair.has(e.eventId))
  const r = entriesOf(run, 'response').find((x) => x.eventId === refused?.eventId)
  return { lambdaStatus: refused?.statusCode ?? 0, status: r?.statusCode ?? 0 }
}

const STATUS_OPTIONS = [
  { id: '200', labelKey: 'lessons.syncErrors.options.s200' },
  { id: '429', labelKey: 'lessons.syncErrors.options.s429' },
  { id: '500', labelKey: 'lessons.syncErrors.options.s500' },
  { id: '502', labelKey: 'lessons.syncErrors.options.s502' },
] as const

export const syncErrors: Lesson = {
  id: 'sync-errors',
  titleKey: 'lessons.syncErrors.title',
  summaryKey: 'lessons.syncErrors.summary',
  coversKeys: [
    'lessons.syncErrors.covers.codes',
    'lessons.syncErrors.covers.noRetry',
    'lessons.syncErrors.covers.timeout',
  ],
  minutes: 7,
  topics: ['syncErrors', 'invokeStyles', 'throttling'],
  scenario,
  steps: [
    {
      id: 'intro',
      kind: 'narrate',
      textKey: 'lessons.syncErrors.steps.intro',
      highlights: [
        { kind: 'node', nodeId: API },
        { kind: 'node', nodeId: FN },
      ],
    },
    {
      id: 'firstOk',
      kind: 'play',
      textKey: 'lessons.syncErrors.steps.firstOk',
      until: { kind: 'fate', fate: 'succeeded', nodeId: API },
    },
    {
      id: 'predictError',
      kind: 'question',
      textKey: 'lessons.syncErrors.steps.predictError',
      highlights: [{ kind: 'node', nodeId: FN }],
      question: {
        kind: 'choice',
        options: STATUS_OPTIONS,
        answer: (run) => String(responseTo(run, 'buggy').status),
        explain: (run) => {
          const { status, eventId } = responseTo(run, 'buggy')
          const attempts = entriesOf(run, 'invoke.start').filter((e) => e.eventId === eventId).length
          return { key: 'lessons.syncErrors.explain.error', params: { status, attempts } }
        },
      },
    },
    {
      id: 'seeError',
      kind: 'play',
      textKey: 'lessons.syncErrors.steps.seeError',
      until: { kind: 'fate', fate: 'failed-to-caller', nodeId: API },
    },
    {
      id: 'predictThrottle',
      kind: 'question',
      textKey: 'lessons.syncErrors.steps.predictThrottle',
      question: {
        kind: 'choice',
        options: STATUS_OPTIONS,
        answer: (run) => String(throttled(run).status),
        explain: (run) => ({ key: 'lessons.syncErrors.explain.throttle', params: throttled(run) }),
      },
    },
    {
      id: 'seeThrottle',
      kind: 'play',
      textKey: 'lessons.syncErrors.steps.seeThrottle',
      until: { kind: 'refused', nodeId: FN },
    },
    {
      id: 'predictTimeout',
      kind: 'question',
      textKey: 'lessons.syncErrors.steps.predictTimeout',
      question: {
        kind: 'number',
        unitKey: 'lessons.units.seconds',
        answer: (run) => responseTo(run, 'slow').afterS,
        explain: (run) => {
          const { afterS, status } = responseTo(run, 'slow')
          return { key: 'lessons.syncErrors.explain.timeout', params: { seconds: afterS, status } }
        },
      },
    },
    {
      id: 'seeTimeout',
      kind: 'play',
      textKey: 'lessons.syncErrors.steps.seeTimeout',
      highlights: [{ kind: 'node', nodeId: FN }],
      until: { kind: 'time', atMs: 60_000 },
    },
    { id: 'sandbox', kind: 'sandbox', textKey: 'lessons.syncErrors.steps.sandbox' },
  ],
}
