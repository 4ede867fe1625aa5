/**
 * A lesson is data: a scenario (`lambdascope/scenario@1`) plus steps. Every answer a question accepts and every task
 * check is computed from the engine's run of that scenario, so a lesson cannot drift from the engine (each lesson has
 * a test that runs it). Text is i18n keys only; the panels render lessons.
 */
import type { Scenario } from '../model'
import type { MessageKey } from '../i18n/types'
import type { LessonRun } from './run'

export type LessonId =
  | 'async-errors'
  | 'stream-errors'
  | 'sync-errors'
  | 'invoke-styles'
  | 'push-poll'
  | 'throttling'
  | 'sqs-source'
  | 'vpc-cold-start'
  | 'env-vars'
  | 'permissions'
  | 'local-handler'
  | 'write-behind'

/** The topics of the classic Lambda notes (issue #15's list); a lesson covers one or more. */
export type TopicId =
  | 'invokeStyles'
  | 'pushPoll'
  | 'permissions'
  | 'localHandler'
  | 'vpc'
  | 'dynamoStreams'
  | 'envVars'
  | 'syncErrors'
  | 'asyncErrors'
  | 'streamErrors'
  | 'throttling'
  | 'sqsSource'

/** A sentence with its values, drawn from the run (numbers already in the unit the sentence names). */
export interface Said {
  key: MessageKey
  params?: Readonly<Record<string, string | number>>
}

/** What a narration points at on the canvas or in the log. Ids are the lesson scenario's. */
export type Highlight =
  | { kind: 'node'; nodeId: string }
  | { kind: 'edge'; edgeId: string }
  | { kind: 'shard'; nodeId: string; shardId: string }
  | { kind: 'log'; eventId: string }

/** A moment of the run, found in the engine's trace. */
export type Condition =
  | { kind: 'time'; atMs: number }
  /** The first event that reaches this fate (optionally at this node). */
  | {
      kind: 'fate'
      fate:
        | 'succeeded'
        | 'failed-to-caller'
        | 'dead-lettered'
        | 'sent-to-destination'
        | 'discarded'
        | 'expired'
        | 'rejected'
      nodeId?: string
    }
  /** The first message that reaches this node (a DLQ, destination, queue). */
  | { kind: 'message'; nodeId: string }
  /** The end of attempt `attempt` (1-based) at this function. */
  | { kind: 'attemptEnd'; nodeId: string; attempt: number }
  /** The first attempt at this function that ends in an error or a timeout. */
  | { kind: 'failure'; nodeId: string }
  /** The first refused invoke (throttle or invocation error) at this function. */
  | { kind: 'refused'; nodeId: string }
  /** Every event has settled (or the run ended). */
  | { kind: 'settled' }

export interface ChoiceOption {
  id: string
  labelKey: MessageKey
}

/** A question. `answer` reads the run; `explain` says why, from the run, when the learner is wrong. */
export type Question =
  | {
      kind: 'choice'
      options: readonly ChoiceOption[]
      answer: (run: LessonRun) => string
      explain: (run: LessonRun) => Said
    }
  | {
      kind: 'number'
      unitKey: MessageKey
      answer: (run: LessonRun) => number
      explain: (run: LessonRun) => Said
    }
  | {
      /** "Click the node where…": the answer is a node id of the scenario. */
      kind: 'node'
      answer: (run: LessonRun) => string
      explain: (run: LessonRun) => Said
    }

/** A task the learner does on the canvas; the engine checks it by running the learner's scenario. */
export interface Task {
  check: (run: LessonRun) => TaskResult
  /** One way to pass (the "show me" button, and the lesson's test proves it passes). */
  solution: (doc: Scenario) => Scenario
}

export interface TaskResult {
  pass: boolean
  said: Said
}

interface StepBase {
  /** Stable within the lesson (progress and answers are saved by it). */
  id: string
  /** The step's text (a caption in presenter mode). */
  textKey: MessageKey
  highlights?: readonly Highlight[]
  /** This step's document replaces the canvas (e.g. the same wiring without a DLQ). Kept for later steps. */
  scenario?: Scenario
}

export type Step =
  | (StepBase & { kind: 'narrate'; seekMs?: number })
  /** `speed`: the playback speed the step starts at (long stretches of steady traffic); the learner may change it. */
  | (StepBase & { kind: 'play'; until: Condition; speed?: number })
  | (StepBase & { kind: 'question'; question: Question })
  | (StepBase & { kind: 'task'; task: Task })
  /** The last step: the canvas is the learner's to keep playing with. */
  | (StepBase & { kind: 'sandbox' })

export type StepKind = Step['kind']

export interface Lesson {
  id: LessonId
  titleKey: MessageKey
  summaryKey: MessageKey
  /** What the learner will see, one key per line, for the library card. */
  coversKeys: readonly MessageKey[]
  minutes: number
  topics: readonly TopicId[]
  scenario: Scenario
  steps: readonly Step[]
}

/** What the library shows before a lesson is opened (no scenario, no steps). */
export type LessonMeta = Pick<Lesson, 'id' | 'titleKey' | 'summaryKey' | 'coversKeys' | 'minutes' | 'topics'>
