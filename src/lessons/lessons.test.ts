/**
 * Every lesson, run through the engine: its scenarios parse, every play condition happens, every question has an
 * answer the engine computes (and it is one the learner can give), every task fails as given and passes with its
 * solution, and the sentences it draws from the run exist in both languages (panels/lessons/lessonTexts.test.ts). A
 * lesson
 * that drifts from the engine fails here.
 */
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../model'
import { LESSONS, lessonCatalogue } from './catalogue'
import { conditionAtMs, runOrThrow } from './run'
import { grade } from './grade'
import { scenarioAt } from './steps'

describe('lesson catalogue', () => {
  it('lists every lesson once, each at most 10 minutes', () => {
    expect(new Set(lessonCatalogue.map((l) => l.id)).size).toBe(LESSONS.length)
    for (const l of lessonCatalogue) {
      expect(l.minutes).toBeGreaterThan(0)
      expect(l.minutes).toBeLessThanOrEqual(10)
    }
  })
})

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('has unique step ids and ends in a sandbox', () => {
    expect(new Set(lesson.steps.map((s) => s.id)).size).toBe(lesson.steps.length)
    expect(lesson.steps.at(-1)?.kind).toBe('sandbox')
  })

  it('runs: scenarios parse, conditions happen, questions and tasks are answered by the engine', () => {
    for (const [i, step] of lesson.steps.entries()) {
      const doc = scenarioAt(lesson, i)
      const parsed = parseScenario(doc)
      expect(parsed.ok ? [] : parsed.issues, `${step.id}: scenario issues`).toEqual([])
      const run = runOrThrow(doc)
      expect(run.result.violations, step.id).toEqual([])
      const ids = new Set(run.resolved.nodes.map((n) => n.id))
      for (const h of step.highlights ?? []) {
        if (h.kind === 'node' || h.kind === 'shard')
          expect(ids.has(h.nodeId), `${step.id} highlights ${h.nodeId}`).toBe(true)
        if (h.kind === 'edge')
          expect(
            run.resolved.edges.some((e) => e.id === h.edgeId),
            `${step.id} highlights ${h.edgeId}`,
          ).toBe(true)
        if (h.kind === 'log')
          expect(
            run.result.events.some((e) => e.id === h.eventId),
            `${step.id} highlights event ${h.eventId}`,
          ).toBe(true)
        if (h.kind === 'shard')
          expect(
            run.result.trace.some((e) => e.type === 'source.step' && e.nodeId === h.nodeId && e.shardId === h.shardId),
            `${step.id} highlights ${h.nodeId}/${h.shardId}`,
          ).toBe(true)
      }
      if (step.kind === 'play')
        expect(conditionAtMs(run, step.until), `${step.id}: condition never happens`).not.toBeNull()
      if (step.kind === 'question') {
        const q = step.question
        const expected = q.answer(run)
        if (q.kind === 'choice')
          expect(
            q.options.map((o) => o.id),
            step.id,
          ).toContain(expected)
        if (q.kind === 'node')
          expect(ids.has(String(expected)), `${step.id}: answer ${String(expected)} is a node`).toBe(true)
        if (q.kind === 'number') expect(Number.isFinite(expected), step.id).toBe(true)
        const given =
          q.kind === 'choice'
            ? { kind: 'choice' as const, optionId: String(expected) }
            : q.kind === 'number'
              ? { kind: 'number' as const, value: Number(expected) }
              : { kind: 'node' as const, nodeId: String(expected) }
        expect(grade(q, run, given).correct, step.id).toBe(true)
      }
      if (step.kind === 'task') {
        const before = step.task.check(run)
        expect(before.pass, `${step.id}: already passes as given`).toBe(false)
        const after = step.task.check(runOrThrow(step.task.solution(doc)))
        expect(after.pass, `${step.id}: solution does not pass`).toBe(true)
      }
    }
  })
})
