/**
 * Every lesson's text in English and Japanese: the keys it names, and the sentences it draws from the run (with the
 * placeholders the run fills). Lives in panels because src/lessons may import i18n as types only.
 */
import { describe, expect, it } from 'vitest'
import { en } from '../../i18n/en/index'
import { ja } from '../../i18n/ja/index'
import { LESSONS, lessonKeys, runOrThrow, scenarioAt, type Said } from '../../lessons'

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree
  for (const part of key.split('.'))
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined
  return typeof node === 'string' ? node : undefined
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

function expectSaid(said: Said) {
  for (const [lang, tree] of [
    ['en', en],
    ['ja', ja],
  ] as const) {
    const text = lookup(tree, said.key)
    expect(text, `${lang} ${said.key}`).toBeTypeOf('string')
    expect(placeholders(text ?? ''), `${lang} ${said.key} placeholders`).toEqual(Object.keys(said.params ?? {}).sort())
  }
}

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s texts', (_id, lesson) => {
  it('names only keys that exist in English and Japanese', () => {
    for (const key of lessonKeys(lesson)) {
      expect(lookup(en, key), `en ${key}`).toBeTypeOf('string')
      expect(lookup(ja, key), `ja ${key}`).toBeTypeOf('string')
    }
  })

  it('draws sentences from the run that exist in both languages with the placeholders it fills', () => {
    for (const [i, step] of lesson.steps.entries()) {
      const doc = scenarioAt(lesson, i)
      const run = runOrThrow(doc)
      if (step.kind === 'question') expectSaid(step.question.explain(run))
      if (step.kind === 'task') {
        expectSaid(step.task.check(run).said)
        expectSaid(step.task.check(runOrThrow(step.task.solution(doc))).said)
      }
    }
  })
})
