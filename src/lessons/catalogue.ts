/**
 * The lesson library: every lesson, in the order a course would take them. The library reads only the metadata;
 * a lesson's scenario and steps load when it is opened.
 */
import { asyncErrors } from './async-errors.lesson'
import { streamErrors } from './stream-errors.lesson'
import { syncErrors } from './sync-errors.lesson'
import { sqsSource } from './sqs-source.lesson'
import { throttling } from './throttling.lesson'
import { invokeStyles } from './invoke-styles.lesson'
import { vpcColdStart } from './vpc-cold-start.lesson'
import { permissions } from './permissions.lesson'
import { localHandler } from './local-handler.lesson'
import { writeBehind } from './write-behind.lesson'
import { envVars } from './env-vars.lesson'
import type { Lesson, LessonId, LessonMeta } from './types'

/** Course order = the topic numbers of issue #15: 1+2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12. */
export const LESSONS: readonly Lesson[] = [
  invokeStyles,
  permissions,
  localHandler,
  vpcColdStart,
  writeBehind,
  envVars,
  syncErrors,
  asyncErrors,
  streamErrors,
  throttling,
  sqsSource,
]

export const lessonCatalogue: readonly LessonMeta[] = LESSONS.map(
  ({ id, titleKey, summaryKey, coversKeys, minutes, topics }) => ({
    id,
    titleKey,
    summaryKey,
    coversKeys,
    minutes,
    topics,
  }),
)

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id)
}

export function isLessonId(id: unknown): id is LessonId {
  return typeof id === 'string' && LESSONS.some((l) => l.id === id)
}
