import { useEffect, useState } from 'react'
import type { ResolvedScenario } from '../../model'
import type { SimResult } from '../../sim'
import type { Translate } from '../narration/translate'
import { LogBuilder } from './buildLogLines'

/**
 * Narration per render: entries in batches of NARRATE_STEP until NARRATE_BUDGET_MS have passed. A burst puts 20,000
 * entries at one instant: narrated in one go that blocked the main thread for 300 ms and more (issue #13); in slices of
 * a few ms, each render stays short and the page answers between them (a slower or busier machine narrates less per
 * slice, never for longer). Runs of ordinary size are narrated in one render, as before.
 */
export const NARRATE_STEP = 250
export const NARRATE_BUDGET_MS = 8

/** One builder per run and language, shared by the log and the captions (the same lines, narrated once). */
const shared = new WeakMap<SimResult, Map<string, { scenario: ResolvedScenario | undefined; builder: LogBuilder }>>()

export function sharedLogBuilder(
  result: SimResult,
  scenario: ResolvedScenario | undefined,
  lang: string,
  t: Translate,
): LogBuilder {
  let byLang = shared.get(result)
  if (!byLang) shared.set(result, (byLang = new Map()))
  const hit = byLang.get(lang)
  if (hit && hit.scenario === scenario) return hit.builder
  const builder = new LogBuilder(result, scenario, t)
  byLang.set(lang, { scenario, builder })
  return builder
}

/** A slice of narration: batches of NARRATE_STEP entries until the budget is spent or nowMs is reached. */
function narrateSlice(builder: LogBuilder, nowMs: number): number {
  const start = performance.now()
  let count: number
  do count = builder.upTo(nowMs, NARRATE_STEP)
  while (builder.behind(nowMs) && performance.now() - start < NARRATE_BUDGET_MS)
  return count
}

/**
 * Narrates up to nowMs, a slice per render (the next one scheduled as a task, so input
 * and paint come in between); returns how many lines have happened by nowMs among those narrated so far.
 */
export function useNarration(builder: LogBuilder | null, nowMs: number): number {
  const [, setStep] = useState(0)
  const count = builder ? narrateSlice(builder, nowMs) : 0
  const behind = builder !== null && builder.behind(nowMs)
  useEffect(() => {
    if (!behind) return
    const id = setTimeout(() => setStep((n) => n + 1), 0)
    return () => clearTimeout(id)
  })
  return count
}
