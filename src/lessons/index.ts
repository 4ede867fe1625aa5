/** src/lessons: guided lessons as data, graded by the engine. See README.md. */
export type * from './types'
export { LESSONS, lessonCatalogue, lessonById, isLessonId } from './catalogue'
export {
  runScenario,
  runOrThrow,
  conditionAtMs,
  entriesOf,
  fateCounts,
  type LessonRun,
  type LessonRunResult,
} from './run'
export { grade, answerOf, checkTask, type Given, type Grade } from './grade'
export { scenarioAt, stepKeys, lessonKeys } from './steps'
