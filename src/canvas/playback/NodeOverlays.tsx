import { memo, useMemo } from 'react'
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { advanceNodeRuntime, nodeRuntimeAt, type NodeRuntime } from '../../sim/views'
import { STEP_ENTRIES } from '../../animation/tokenProgress'
import { selectPlaybackRun, selectPositionMs } from '../../store/playback/selectors'
import { useAppStore } from '../../store/useAppStore'
import { upperBound } from '../../model/sorted'
import type { PlaybackRun } from '../../store/playback/run'
import { useSliced } from './useSliced'

interface Chip {
  kind: string
  text: string
}

/** Per node, the status codes it answered its callers (sync: API Gateway, a client's Invoke), in time order. */
type Answers = Map<string, { atMs: number[]; codes: number[] }>
function* answersSteps(run: PlaybackRun): Generator<void, { run: PlaybackRun; answers: Answers }> {
  const out: Answers = new Map()
  if (!run.ok) return { run, answers: out }
  const trace = run.result.trace
  for (let i = 0; i < trace.length; i++) {
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield
    const e = trace[i]!
    if (e.type !== 'response' || e.statusCode === 202) continue
    let a = out.get(e.nodeId)
    if (!a) out.set(e.nodeId, (a = { atMs: [], codes: [] }))
    a.atMs.push(e.atMs)
    a.codes.push(e.statusCode)
  }
  return { run, answers: out }
}

/** The runtime fold up to t, STEP_ENTRIES entries a step (a burst puts 40,000 entries at t = 0). */
function* runtimeSteps(
  run: PlaybackRun,
  positionMs: number,
): Generator<void, { run: PlaybackRun; runtime: ReadonlyMap<string, NodeRuntime> }> {
  if (!run.ok) return { run, runtime: new Map() }
  while (!advanceNodeRuntime(run.result, run.resolved, positionMs, STEP_ENTRIES)) yield
  return { run, runtime: nodeRuntimeAt(run.result, run.resolved, positionMs) }
}

const NO_ANSWERS: Answers = new Map()
const NO_RUNTIME: ReadonlyMap<string, NodeRuntime> = new Map()

/** The last answer a node gave by tMs: "Answered 502" beside its colour, so the code itself is on the canvas. */
function answerChip(t: TFunction, answers: Answers, nodeId: string, tMs: number): Chip | null {
  const a = answers.get(nodeId)
  if (!a) return null
  const i = upperBound(a.atMs, tMs) - 1
  if (i < 0) return null
  const code = a.codes[i]!
  return { kind: code >= 300 ? 'answerFailed' : 'answer', text: t('runtime.answered', { code }) }
}

/** The chips a node shows now; empty when there is nothing to say (no clutter on idle nodes). */
function chipsOf(t: TFunction, rt: NodeRuntime, isDlq: boolean, type: string): Chip[] {
  const chips: Chip[] = []
  if (type === 'lambda') {
    for (const phase of ['eni', 'init', 'busy', 'warm'] as const)
      if (rt.envs[phase] > 0) chips.push({ kind: phase, text: `${t(`runtime.${phase}`)} ${rt.envs[phase]}` })
    if (rt.reserved !== null)
      chips.push({ kind: 'concurrency', text: t('runtime.concurrency', { inUse: rt.inUse, reserved: rt.reserved }) })
    if (rt.state) chips.push({ kind: 'state', text: t(`runtime.state.${rt.state}`) })
    if (rt.throttles > 0) chips.push({ kind: 'throttle', text: t('runtime.throttles', { count: rt.throttles }) })
    if (rt.errors > 0) chips.push({ kind: 'error', text: t('runtime.errors', { count: rt.errors }) })
    if (rt.waitingRetry > 0) chips.push({ kind: 'retry', text: t('runtime.retrying', { count: rt.waitingRetry }) })
  }
  if (isDlq && rt.messagesIn > 0) chips.push({ kind: 'dlq', text: t('runtime.dlqMessages', { count: rt.messagesIn }) })
  else if (type === 'sqs' && rt.messagesIn - rt.messagesOut > 0)
    chips.push({ kind: 'depth', text: t('runtime.queueDepth', { count: rt.messagesIn - rt.messagesOut }) })
  if (rt.iteratorAgeMs !== null && rt.iteratorAgeMs >= 1000)
    chips.push({ kind: 'age', text: t('runtime.iteratorAge', { seconds: Math.floor(rt.iteratorAgeMs / 1000) }) })
  if (rt.blockedShards > 0) chips.push({ kind: 'blocked', text: t('runtime.blocked', { count: rt.blockedShards }) })
  if (rt.lost > 0) chips.push({ kind: 'lost', text: t('runtime.lost', { count: rt.lost }) })
  return chips
}

const Overlay = memo(function Overlay({
  nodeId,
  chips,
  x,
  y,
  width,
  label,
}: {
  nodeId: string
  chips: Chip[]
  x: number
  y: number
  width: number
  label: string
}) {
  const { t } = useTranslation()
  return (
    <div
      className="runtime-overlay"
      role="group"
      aria-label={t('runtime.overlay', { node: label })}
      data-testid={`runtime-${nodeId}`}
      data-node-overlay={nodeId}
      style={{ transform: `translate(${x}px, ${y + 6}px)`, maxWidth: width > 0 ? width : undefined }}
    >
      {chips.map((c) => (
        <span key={c.kind} className={`runtime-chip runtime-chip--${c.kind}`}>
          {c.text}
        </span>
      ))}
    </div>
  )
})

/**
 * Boxes (flow coordinates) of the given nodes as one string key, so overlays re-render on their layout changes only.
 */
const boxesOf = (ids: readonly string[]) => (s: ReactFlowState) => {
  let key = ''
  for (const id of ids) {
    const n = s.nodeLookup.get(id)
    if (!n) continue
    const at = n.internals.positionAbsolute
    key += `${id}:${Math.round(at.x)},${Math.round(at.y)},${n.measured.width ?? 0},${n.measured.height ?? 0};`
  }
  return key
}

/**
 * What each node is doing now (environments, concurrency, throttles, VPC state, queue/DLQ, lost, blocked shards), at
 * event rate.
 */
export function NodeOverlays() {
  const { t } = useTranslation()
  const run = useAppStore(selectPlaybackRun)
  const positionMs = useAppStore(selectPositionMs)
  // Built in slices over tasks when the run is big (useSliced.ts); meanwhile the picture at the last position shown
  // stays (the same run only: another run's chips would be wrong).
  const folded = useSliced(() => runtimeSteps(run, positionMs), [run, positionMs]).value
  const runtime = folded !== null && folded.run === run ? folded.runtime : NO_RUNTIME
  const answered = useSliced(() => answersSteps(run), [run]).value
  const answers = answered !== null && answered.run === run ? answered.answers : NO_ANSWERS
  // Chips first: only nodes with something to say get an overlay, and only their boxes are watched (an idle
  // 200-node canvas mounts no overlay and does no work per drag frame).
  const shown = useMemo(() => {
    if (!run.ok) return []
    const dlqs = new Set(run.resolved.edges.filter((e) => e.role === 'dlq').map((e) => e.to))
    const out: { id: string; label: string; chips: Chip[] }[] = []
    for (const n of run.resolved.nodes) {
      const rt = runtime.get(n.id)
      const chips = rt ? chipsOf(t, rt, dlqs.has(n.id), n.type) : []
      const answer = answerChip(t, answers, n.id, positionMs)
      if (answer) chips.unshift(answer)
      if (chips.length > 0) out.push({ id: n.id, label: n.label, chips })
    }
    return out
  }, [run, runtime, t, answers, positionMs])
  const idsKey = shown.map((s) => s.id).join('\n')
  const selectBoxes = useMemo(() => boxesOf(idsKey === '' ? [] : idsKey.split('\n')), [idsKey])
  const boxesKey = useStore(selectBoxes)
  const boxes = useMemo(() => {
    const out = new Map<string, { x: number; y: number; w: number; h: number }>()
    for (const part of boxesKey.split(';')) {
      const [id, rest] = part.split(':')
      if (!id || !rest) continue
      const [x, y, w, h] = rest.split(',').map(Number)
      out.set(id, { x: x ?? 0, y: y ?? 0, w: w ?? 0, h: h ?? 0 })
    }
    return out
  }, [boxesKey])
  if (shown.length === 0) return null
  return (
    <ViewportPortal>
      {shown.map(({ id, label, chips }) => {
        const box = boxes.get(id)
        return box ? (
          <Overlay key={id} nodeId={id} chips={chips} x={box.x} y={box.y + box.h} width={box.w} label={label} />
        ) : null
      })}
    </ViewportPortal>
  )
}
