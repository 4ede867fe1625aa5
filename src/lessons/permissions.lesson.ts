/**
 * Lesson 3: who may call whom (§10). A push source (S3) needs a statement in the function's resource-based policy
 * (`AddPermission`); a polled source (SQS) needs actions in the function's execution role (identity-based). Revoking
 * the S3 statement refuses the next upload; a queue in another account also needs the queue's own policy. Every answer
 * reads the model's permission derivation or the engine's trace.
 */
import { wirePermissions, type PolicyPlace, type Scenario } from '../model'
import { entriesOf, fateCounts, type LessonRun } from './run'
import type { Lesson, TaskResult } from './types'

const FN = 'resizer'
const TRIGGER = 'upload-trigger'
const MAPPING = 'jobs-mapping'
const OTHER_ACCOUNT = '210987654321'

const scenario: Scenario = {
  format: 'lambdascope/scenario@1',
  title: 'Permissions: resource-based and identity-based',
  era: 'current',
  seed: 3,
  durationMs: 40_000,
  nodes: [
    { id: 'uploads', type: 's3', label: 'uploads bucket', position: { x: 0, y: 0 } },
    { id: 'jobs', type: 'sqs', label: 'jobs queue', position: { x: 0, y: 220 } },
    {
      id: FN,
      type: 'lambda',
      label: 'resizer',
      position: { x: 300, y: 100 },
      config: { durationMs: 400, timeoutMs: 3000 },
    },
  ],
  edges: [
    { id: TRIGGER, from: 'uploads', to: FN },
    { id: MAPPING, from: 'jobs', to: FN, role: 'eventSourceMapping' },
  ],
  traffic: [
    { id: 'photos', source: 'uploads', kind: 'list', atMs: [1000, 20_000] },
    { id: 'resize-jobs', source: 'jobs', kind: 'list', atMs: [2000, 21_000] },
  ],
  faults: [],
}

/** Someone ran `aws lambda remove-permission` for the bucket's statement at T+10 s. */
const revoked: Scenario = {
  ...scenario,
  faults: [
    { id: 'remove-s3-statement', kind: 'revokePermission', target: TRIGGER, permission: 'invoke', atMs: 10_000 },
  ],
}

/** The queue moved into another account (an account group on the canvas), the S3 statement restored. */
const crossAccount: Scenario = {
  ...scenario,
  nodes: [
    ...scenario.nodes.filter((n) => n.id !== 'jobs'),
    {
      id: 'partner',
      type: 'account',
      label: 'partner account',
      position: { x: -40, y: 180 },
      config: { accountId: OTHER_ACCOUNT },
    },
    { id: 'jobs', type: 'sqs', label: 'jobs queue', parentId: 'partner', position: { x: 30, y: 50 } },
  ],
}

/** Where the first statement a wire needs lives (the answer to "where does this permission go?"). */
const placeOf = (run: LessonRun, edgeId: string): PolicyPlace | 'none' =>
  wirePermissions(run.resolved, edgeId)?.requirements[0]?.place ?? 'none'
const placesOf = (run: LessonRun, edgeId: string): PolicyPlace[] =>
  wirePermissions(run.resolved, edgeId)?.requirements.map((r) => r.place) ?? []
const refusedUploads = (run: LessonRun) =>
  entriesOf(run, 'event.fate').filter((f) => f.fate === 'rejected' && f.reason === 'permission.invokeDenied').length

const placeOptions = [
  { id: 'functionPolicy', labelKey: 'lessons.permissions.options.functionPolicy' },
  { id: 'executionRole', labelKey: 'lessons.permissions.options.executionRole' },
  { id: 'sourcePolicy', labelKey: 'lessons.permissions.options.sourcePolicy' },
] as const

export const permissions: Lesson = {
  id: 'permissions',
  titleKey: 'lessons.permissions.title',
  summaryKey: 'lessons.permissions.summary',
  coversKeys: [
    'lessons.permissions.covers.resource',
    'lessons.permissions.covers.identity',
    'lessons.permissions.covers.crossAccount',
  ],
  minutes: 7,
  topics: ['permissions', 'pushPoll'],
  scenario,
  steps: [
    {
      id: 'intro',
      kind: 'narrate',
      textKey: 'lessons.permissions.steps.intro',
      highlights: [
        { kind: 'edge', edgeId: TRIGGER },
        { kind: 'edge', edgeId: MAPPING },
      ],
    },
    {
      id: 'pushPlace',
      kind: 'question',
      textKey: 'lessons.permissions.steps.pushPlace',
      highlights: [{ kind: 'edge', edgeId: TRIGGER }],
      question: {
        kind: 'choice',
        options: placeOptions,
        answer: (run) => placeOf(run, TRIGGER),
        explain: () => ({ key: 'lessons.permissions.explain.push' }),
      },
    },
    {
      id: 'pollPlace',
      kind: 'question',
      textKey: 'lessons.permissions.steps.pollPlace',
      highlights: [{ kind: 'edge', edgeId: MAPPING }],
      question: {
        kind: 'choice',
        options: placeOptions,
        answer: (run) => placeOf(run, MAPPING),
        explain: () => ({ key: 'lessons.permissions.explain.poll' }),
      },
    },
    {
      id: 'bothWork',
      kind: 'play',
      textKey: 'lessons.permissions.steps.bothWork',
      until: { kind: 'time', atMs: 8000 },
    },
    {
      id: 'predictRevoked',
      kind: 'question',
      textKey: 'lessons.permissions.steps.predictRevoked',
      scenario: revoked,
      highlights: [{ kind: 'edge', edgeId: TRIGGER }],
      question: {
        kind: 'choice',
        options: [
          { id: 'retried', labelKey: 'lessons.permissions.options.retried' },
          { id: 'refused', labelKey: 'lessons.permissions.options.refused' },
          { id: 'runs', labelKey: 'lessons.permissions.options.runs' },
        ],
        answer: (run) =>
          refusedUploads(run) > 0
            ? 'refused'
            : (fateCounts(run).succeeded ?? 0) === run.result.events.length
              ? 'runs'
              : 'retried',
        explain: (run) => ({ key: 'lessons.permissions.explain.refused', params: { refused: refusedUploads(run) } }),
      },
    },
    {
      id: 'watchRefused',
      kind: 'play',
      textKey: 'lessons.permissions.steps.watchRefused',
      // e3: the upload at T+20 s (the lesson test pins it)
      highlights: [
        { kind: 'node', nodeId: FN },
        { kind: 'log', eventId: 'e3' },
      ],
      until: { kind: 'fate', fate: 'rejected', nodeId: FN },
    },
    {
      id: 'restore',
      kind: 'task',
      textKey: 'lessons.permissions.steps.restore',
      task: {
        check: (run): TaskResult => {
          const n = refusedUploads(run)
          return n === 0
            ? {
                pass: true,
                said: { key: 'lessons.permissions.task.pass', params: { events: run.result.events.length } },
              }
            : { pass: false, said: { key: 'lessons.permissions.task.fail', params: { refused: n } } }
        },
        solution: (doc) => ({ ...doc, faults: doc.faults.filter((f) => f.kind !== 'revokePermission') }),
      },
    },
    {
      id: 'crossAccount',
      kind: 'question',
      textKey: 'lessons.permissions.steps.crossAccount',
      scenario: crossAccount,
      highlights: [
        { kind: 'node', nodeId: 'partner' },
        { kind: 'edge', edgeId: MAPPING },
      ],
      question: {
        kind: 'choice',
        options: placeOptions,
        // The extra statement beyond the function's own role: the one that lives in the other account.
        answer: (run) => placesOf(run, MAPPING).find((p) => p !== 'executionRole') ?? 'executionRole',
        explain: () => ({ key: 'lessons.permissions.explain.crossAccount', params: { account: OTHER_ACCOUNT } }),
      },
    },
    { id: 'sandbox', kind: 'sandbox', textKey: 'lessons.permissions.steps.sandbox' },
  ],
}
