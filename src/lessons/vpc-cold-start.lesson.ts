/**
 * Lesson 5: a function in a VPC reaching a private RDS, and the ENI cold start (§7.2, §7.3; G32). In 2018 every new
 * environment waits ≈ 10 s for its ENI; today the ENI is made when the function is created and shared, so a cold start
 * pays no ENI wait.
 */
import type { Scenario } from '../model'
import { entriesOf, type LessonRun } from './run'
import type { Lesson } from './types'

const FN = 'reports'

const in2018: Scenario = {
  format: 'lambdascope/scenario@1',
  title: 'VPC cold starts: 2018 and today',
  era: '2018',
  seed: 5,
  durationMs: 60_000,
  nodes: [
    { id: 'client', type: 'client', label: 'reporting app', position: { x: 0, y: 80 } },
    { id: 'private', type: 'vpc', label: 'private VPC', position: { x: 250, y: 0 }, config: { nat: false } },
    {
      id: FN,
      type: 'lambda',
      parentId: 'private',
      position: { x: 30, y: 60 },
      config: { durationMs: 1000, timeoutMs: 30_000, securityGroup: 'sg-reports' },
    },
    {
      id: 'db',
      type: 'rds',
      label: 'reports DB',
      parentId: 'private',
      position: { x: 280, y: 60 },
      config: { inboundFrom: ['sg-reports'] },
    },
  ],
  edges: [
    { from: 'client', to: FN },
    { from: FN, to: 'db' },
  ],
  traffic: [
    { id: 'first', source: 'client', kind: 'once', atMs: 1000 },
    { id: 'second', source: 'client', kind: 'once', atMs: 30_000 },
  ],
  faults: [],
}
const today: Scenario = { ...in2018, era: 'current' }

const starts = (run: LessonRun) => entriesOf(run, 'invoke.start').filter((e) => e.nodeId === FN)
/** Seconds from the first invoke to its handler starting (ENI attach + init on a cold start). */
const firstWaitS = (run: LessonRun) => {
  const s = starts(run)[0]
  return s ? Math.round((s.handlerStartMs - s.atMs) / 1000) : 0
}
const firstWaitMs = (run: LessonRun) => {
  const s = starts(run)[0]
  return s ? s.handlerStartMs - s.atMs : 0
}

export const vpcColdStart: Lesson = {
  id: 'vpc-cold-start',
  titleKey: 'lessons.vpcColdStart.title',
  summaryKey: 'lessons.vpcColdStart.summary',
  coversKeys: [
    'lessons.vpcColdStart.covers.private',
    'lessons.vpcColdStart.covers.eni2018',
    'lessons.vpcColdStart.covers.today',
  ],
  minutes: 6,
  topics: ['vpc'],
  scenario: in2018,
  steps: [
    {
      id: 'intro',
      kind: 'narrate',
      textKey: 'lessons.vpcColdStart.steps.intro',
      highlights: [
        { kind: 'node', nodeId: FN },
        { kind: 'node', nodeId: 'db' },
      ],
    },
    {
      id: 'predict2018',
      kind: 'question',
      textKey: 'lessons.vpcColdStart.steps.predict2018',
      question: {
        kind: 'number',
        unitKey: 'lessons.units.seconds',
        answer: firstWaitS,
        explain: (run) => ({ key: 'lessons.vpcColdStart.explain.wait2018', params: { seconds: firstWaitS(run) } }),
      },
    },
    {
      id: 'watch2018',
      kind: 'play',
      textKey: 'lessons.vpcColdStart.steps.watch2018',
      highlights: [{ kind: 'node', nodeId: FN }],
      until: { kind: 'attemptEnd', nodeId: FN, attempt: 1 },
    },
    {
      id: 'secondCall',
      kind: 'question',
      textKey: 'lessons.vpcColdStart.steps.secondCall',
      question: {
        kind: 'choice',
        options: [
          { id: 'again', labelKey: 'lessons.vpcColdStart.options.again' },
          { id: 'warm', labelKey: 'lessons.vpcColdStart.options.warm' },
        ],
        answer: (run) => (starts(run)[1]?.cold ? 'again' : 'warm'),
        explain: () => ({ key: 'lessons.vpcColdStart.explain.warm' }),
      },
    },
    { id: 'watchSecond', kind: 'play', textKey: 'lessons.vpcColdStart.steps.watchSecond', until: { kind: 'settled' } },
    {
      id: 'predictToday',
      kind: 'question',
      textKey: 'lessons.vpcColdStart.steps.predictToday',
      scenario: today,
      question: {
        kind: 'choice',
        options: [
          { id: 'same', labelKey: 'lessons.vpcColdStart.options.same' },
          { id: 'short', labelKey: 'lessons.vpcColdStart.options.short' },
        ],
        answer: (run) => (firstWaitMs(run) < 1000 ? 'short' : 'same'),
        explain: (run) => ({ key: 'lessons.vpcColdStart.explain.today', params: { ms: firstWaitMs(run) } }),
      },
    },
    {
      id: 'watchToday',
      kind: 'play',
      textKey: 'lessons.vpcColdStart.steps.watchToday',
      highlights: [{ kind: 'node', nodeId: FN }],
      until: { kind: 'attemptEnd', nodeId: FN, attempt: 1 },
    },
    { id: 'states', kind: 'narrate', textKey: 'lessons.vpcColdStart.steps.states' },
    { id: 'sandbox', kind: 'sandbox', textKey: 'lessons.vpcColdStart.steps.sandbox' },
  ],
}
