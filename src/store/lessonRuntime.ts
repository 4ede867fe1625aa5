/** What the lesson slice needs from the lessons, as one chunk loaded on demand (lessonsLoader.ts). */
export { checkTask, grade, isLessonId, lessonById } from '../lessons'
export { docSourceAt, lessonRunOf, restingMsOf, scenarioAt, startMsOf, stopAtMs } from './lessonSliceSteps'
