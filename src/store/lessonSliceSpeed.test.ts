import { beforeAll, describe, expect, it } from 'vitest'
import { lessonById } from '../lessons'
import { createAppStore } from './createAppStore'
import { loadLessons } from './lessonsLoader'

// The slice opens lessons synchronously once their chunk is loaded (lessonsLoader.ts).
beforeAll(() => loadLessons())

describe('lesson slice: a play step’s speed', () => {
  it('starts the step at its speed (write-behind’s outage plays at 4×); a step without one keeps the learner’s', () => {
    const lesson = lessonById('write-behind')!
    const at = (id: string) => lesson.steps.findIndex((s) => s.id === id)
    const store = createAppStore()
    store.getState().openLesson('write-behind')
    store.getState().setSpeed(1)
    store.getState().goToStep(at('outage'))
    expect(store.getState().status).toBe('playing')
    expect(store.getState().speed).toBe(4)
    expect(store.getState().lesson?.stopAtMs).toBe(45_000)
    store.getState().setSpeed(2)
    store.getState().openLesson('async-errors')
    store.getState().goToStep(lessonById('async-errors')!.steps.findIndex((s) => s.id === 'firstFailure'))
    expect(store.getState().speed).toBe(2)
  })
})
