/**
 * Lessons 1 and 2: three ways to invoke, push vs poll (§1.1, §1.2). One function, three sources: API Gateway waits for
 * the answer (synchronous), S3 hands the event over and gets 202 (asynchronous), and for SQS Lambda's event source
 * mapping fetches the messages itself (polled).
 */
import type { Scenario } from '../model'
import { entriesOf, type LessonRun } from './run'
import type { Lesson } from './types'

const FN = 'handler'

const scenario: Scenario = {
  format: 'lambdascope/scenario@1',
  title: 'Three ways to invoke',
  era: 'current',
  seed: 1,
  durationMs: 20_000,
  nodes: [
    { id: 'api', type: 'apiGateway', label: 'REST API', position: { x: 0, y: 0 }, config: { api: 'rest' } },
    { id: 'bucket', type: 's3', label: 'uploads bucket', position: { x: 0, y: 140 } },
    { id: 'queue', type: 'sqs', label: 'jobs queue', position: { x: 0, y: 280 } },
    { id: FN, type: 'lambda', position: { x: 320, y: 140 }, config: { durationMs: 500 } },
  ],
  edges: [
    { from: 'api', to: FN },
    { from: 'bucket', to: FN },
    { id: 'queue-esm', from: 'queue', to: FN },
  ],
  traffic: [
    { id: 'request', source: 'api', kind: 'once', atMs: 1000 },
    { id: 'upload', source: 'bucket', kind: 'once', atMs: 4000 },
    { id: 'job', source: 'queue', kind: 'once', atMs: 7000 },
  ],
  faults: [],
}

/** For each source: the status code its caller got back (null: nothing came back to the source). */
function answersBySource(run: LessonRun): Map<string, number | null> {
  const sourceOf = new Map(entriesOf(run, 'event.created').map((e) => [e.eventId, e.nodeId]))
  const out = new Map<string, number | null>()
  for (const id of new Set(sourceOf.values())) out.set(id, null)
  for (const e of entriesOf(run, 'invoke.accepted')) out.set(sourceOf.get(e.eventId) ?? '', e.statusCode)
  for (const e of entriesOf(run, 'response')) if (out.get(e.nodeId) === null) out.set(e.nodeId, e.statusCode)
  return out
}
const waitsForAnswer = (run: LessonRun) => [...answersBySource(run)].find(([, s]) => s !== null && s !== 202)?.[0] ?? ''
const polled = (run: LessonRun) => entriesOf(run, 'source.step').find((e) => e.edgeId !== null)?.nodeId ?? ''
const labelOf = (run: LessonRun, id: string) => run.resolved.nodes.find((n) => n.id === id)?.label ?? id

export const invokeStyles: Lesson = {
  id: 'invoke-styles',
  titleKey: 'lessons.invokeStyles.title',
  summaryKey: 'lessons.invokeStyles.summary',
  coversKeys: [
    'lessons.invokeStyles.covers.three',
    'lessons.invokeStyles.covers.push',
    'lessons.invokeStyles.covers.esm',
  ],
  minutes: 6,
  topics: ['invokeStyles', 'pushPoll'],
  scenario,
  steps: [
    {
      id: 'intro',
      kind: 'narrate',
      textKey: 'lessons.invokeStyles.steps.intro',
      highlights: [
        { kind: 'node', nodeId: 'api' },
        { kind: 'node', nodeId: 'bucket' },
        { kind: 'node', nodeId: 'queue' },
      ],
    },
    { id: 'watchAll', kind: 'play', textKey: 'lessons.invokeStyles.steps.watchAll', until: { kind: 'settled' } },
    {
      id: 'whoWaits',
      kind: 'question',
      textKey: 'lessons.invokeStyles.steps.whoWaits',
      question: {
        kind: 'node',
        answer: waitsForAnswer,
        explain: (run) => {
          const id = waitsForAnswer(run)
          return {
            key: 'lessons.invokeStyles.explain.waits',
            params: { label: labelOf(run, id), status: answersBySource(run).get(id) ?? 0 },
          }
        },
      },
    },
    {
      id: 's3Gets',
      kind: 'question',
      textKey: 'lessons.invokeStyles.steps.s3Gets',
      highlights: [{ kind: 'node', nodeId: 'bucket' }],
      question: {
        kind: 'choice',
        options: [
          { id: 'result', labelKey: 'lessons.invokeStyles.options.result' },
          { id: 'accepted', labelKey: 'lessons.invokeStyles.options.accepted' },
          { id: 'nothing', labelKey: 'lessons.invokeStyles.options.nothing' },
        ],
        answer: (run) => {
          const s = answersBySource(run).get('bucket')
          return s === 202 ? 'accepted' : s === null || s === undefined ? 'nothing' : 'result'
        },
        explain: (run) => ({
          key: 'lessons.invokeStyles.explain.accepted',
          params: { status: answersBySource(run).get('bucket') ?? 0 },
        }),
      },
    },
    {
      id: 'whoPolls',
      kind: 'question',
      textKey: 'lessons.invokeStyles.steps.whoPolls',
      question: {
        kind: 'node',
        answer: polled,
        explain: (run) => ({
          key: 'lessons.invokeStyles.explain.polled',
          params: { label: labelOf(run, polled(run)) },
        }),
      },
    },
    {
      id: 'pushPoll',
      kind: 'narrate',
      textKey: 'lessons.invokeStyles.steps.pushPoll',
      highlights: [{ kind: 'edge', edgeId: 'queue-esm' }],
    },
    { id: 'sandbox', kind: 'sandbox', textKey: 'lessons.invokeStyles.steps.sandbox' },
  ],
}
