/**
 * Lesson 7: environment variables (§8). Keys have a syntax and some are reserved, all variables together fit in 4 KB,
 * and the values are encrypted with KMS — with a customer managed key the execution role needs `kms:Decrypt`, and a
 * new environment that cannot decrypt fails the invoke with KMSAccessDeniedException (502). Answers come from the
 * model's variable checks and the engine's trace.
 */
import { checkEnvironmentVariables, ENV_MAX_BYTES, type Scenario } from '../model'
import { entriesOf, type LessonRun } from './run'
import type { Lesson, TaskResult } from './types'

const FN = 'checkout'
const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const CANDIDATE_KEYS = ['AWS_REGION', 'TABLE_NAME', 'X'] as const

const scenario: Scenario = {
  format: 'lambdascope/scenario@1',
  title: 'Environment variables and KMS',
  era: 'current',
  seed: 7,
  durationMs: 45_000,
  nodes: [
    { id: 'shop', type: 'apiGateway', label: 'Shop API', config: { api: 'http' }, position: { x: 0, y: 0 } },
    {
      id: FN,
      type: 'lambda',
      label: 'checkout',
      position: { x: 300, y: 0 },
      config: {
        durationMs: 300,
        timeoutMs: 3000,
        environment: { variables: { TABLE_NAME: 'orders', STAGE: 'prod' }, kmsKeyArn: KEY_ARN },
      },
    },
  ],
  edges: [{ id: 'calls', from: 'shop', to: FN }],
  // one call, then two at once: the second of them needs a new execution environment
  traffic: [{ id: 'buyers', source: 'shop', kind: 'list', atMs: [1000, 30_000, 30_000] }],
  faults: [{ id: 'no-decrypt', kind: 'revokePermission', target: FN, permission: 'kmsDecrypt', atMs: 20_000 }],
}

/** The one candidate key AWS accepts (reserved and too-short keys are refused), by the model's own check. */
const acceptedKey = (run: LessonRun) =>
  CANDIDATE_KEYS.find((k) => checkEnvironmentVariables({ [k]: 'x' }, run.scenario.era).length === 0) ?? ''
const kmsRefusals = (run: LessonRun) =>
  entriesOf(run, 'invoke.refused').filter((r) => r.nodeId === FN && r.errorType === 'KMSAccessDeniedException')
const statusesAfterRevoke = (run: LessonRun) =>
  entriesOf(run, 'response')
    .filter((r) => r.nodeId === 'shop' && r.atMs >= 20_000)
    .map((r) => r.statusCode)

export const envVars: Lesson = {
  id: 'env-vars',
  titleKey: 'lessons.envVars.title',
  summaryKey: 'lessons.envVars.summary',
  coversKeys: ['lessons.envVars.covers.rules', 'lessons.envVars.covers.size', 'lessons.envVars.covers.kms'],
  minutes: 6,
  topics: ['envVars', 'permissions'],
  scenario,
  steps: [
    {
      id: 'intro',
      kind: 'narrate',
      textKey: 'lessons.envVars.steps.intro',
      highlights: [{ kind: 'node', nodeId: FN }],
    },
    {
      id: 'whichKey',
      kind: 'question',
      textKey: 'lessons.envVars.steps.whichKey',
      question: {
        kind: 'choice',
        options: [
          { id: 'AWS_REGION', labelKey: 'lessons.envVars.options.awsRegion' },
          { id: 'TABLE_NAME', labelKey: 'lessons.envVars.options.tableName' },
          { id: 'X', labelKey: 'lessons.envVars.options.x' },
        ],
        answer: acceptedKey,
        explain: () => ({ key: 'lessons.envVars.explain.keys' }),
      },
    },
    {
      id: 'size',
      kind: 'question',
      textKey: 'lessons.envVars.steps.size',
      question: {
        kind: 'number',
        unitKey: 'lessons.envVars.units.bytes',
        answer: () => ENV_MAX_BYTES,
        explain: () => ({ key: 'lessons.envVars.explain.size', params: { bytes: ENV_MAX_BYTES } }),
      },
    },
    {
      id: 'encryption',
      kind: 'narrate',
      textKey: 'lessons.envVars.steps.encryption',
      highlights: [{ kind: 'node', nodeId: FN }],
    },
    {
      id: 'warm',
      kind: 'play',
      textKey: 'lessons.envVars.steps.warm',
      until: { kind: 'attemptEnd', nodeId: FN, attempt: 1 },
    },
    {
      id: 'predictRevoked',
      kind: 'question',
      textKey: 'lessons.envVars.steps.predictRevoked',
      question: {
        kind: 'choice',
        options: [
          { id: 'both', labelKey: 'lessons.envVars.options.both' },
          { id: 'newOnly', labelKey: 'lessons.envVars.options.newOnly' },
          { id: 'none', labelKey: 'lessons.envVars.options.none' },
        ],
        answer: (run) => {
          const failed = statusesAfterRevoke(run).filter((s) => s >= 500).length
          const ok = statusesAfterRevoke(run).filter((s) => s < 300).length
          return failed === 0 ? 'none' : ok === 0 ? 'both' : 'newOnly'
        },
        explain: (run) => ({
          key: 'lessons.envVars.explain.revoked',
          params: {
            lambdaStatus: kmsRefusals(run)[0]?.statusCode ?? 0,
            status: statusesAfterRevoke(run).find((s) => s >= 500) ?? 0,
          },
        }),
      },
    },
    {
      id: 'watchRevoked',
      kind: 'play',
      textKey: 'lessons.envVars.steps.watchRevoked',
      // e3: the second of the two calls at T+30 s, the one that needs a new environment (the lesson test pins it)
      highlights: [
        { kind: 'node', nodeId: FN },
        { kind: 'log', eventId: 'e3' },
      ],
      until: { kind: 'refused', nodeId: FN },
    },
    {
      id: 'fix',
      kind: 'task',
      textKey: 'lessons.envVars.steps.fix',
      task: {
        check: (run): TaskResult => {
          const n = kmsRefusals(run).length
          return n === 0
            ? { pass: true, said: { key: 'lessons.envVars.task.pass' } }
            : { pass: false, said: { key: 'lessons.envVars.task.fail', params: { failed: n } } }
        },
        solution: (doc) => ({ ...doc, faults: doc.faults.filter((f) => f.kind !== 'revokePermission') }),
      },
    },
    { id: 'sandbox', kind: 'sandbox', textKey: 'lessons.envVars.steps.sandbox' },
  ],
}
