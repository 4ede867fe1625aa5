import type { SimResult } from '../simulate.ts'

/** The phases of one invocation (§7.1 Init, §7.2 ENI attach, then the handler). */
export interface ColdStartSpan {
  eventId: string
  attempt: number
  envId: string
  cold: boolean
  /** A new execution environment was created for it (not a reset after a timeout). */
  newEnv: boolean
  startMs: number
  /** ENI attach (2018-era VPC, new environment only): [startMs, eniEndMs]. Equal when none. */
  eniEndMs: number
  /** Init: [eniEndMs, handlerStartMs]. Equal when warm. */
  handlerStartMs: number
  /** End of the handler (null while running at the end of the run). */
  endMs: number | null
  seq: number
}

/** A refusal tied to the function's VPC state (§7.3): Pending (409) or Inactive → ResourceNotReady (502). */
export interface StateRefusal {
  atMs: number
  eventId: string
  statusCode: number
  errorType: 'ResourceConflictException' | 'ResourceNotReadyException'
}

const STATE_ERRORS: Record<number, StateRefusal['errorType']> = {
  409: 'ResourceConflictException',
  502: 'ResourceNotReadyException',
}

export interface FunctionStateSpan {
  state: 'Pending' | 'Active' | 'Inactive'
  startMs: number
  endMs: number
}

export interface ColdStartTimeline {
  functionId: string
  invocations: ColdStartSpan[]
  states: FunctionStateSpan[]
  refusals: StateRefusal[]
}

/**
 * Per invocation of one function: ENI and Init bars before the handler. The ENI share is the engine's (`eniEndMs` on
 * the invoke entry: 2018-era VPC, new environment, §7.2); without it the whole pre-handler time is Init. Also the
 * function's VPC states and the
 * invokes they refused (current era, §7.3: Pending at creation, ResourceNotReady after idle).
 */
export function coldStartSpans(
  result: Pick<SimResult, 'trace' | 'untilMs' | 'events'>,
  fnId: string,
): ColdStartTimeline {
  const invocations: ColdStartSpan[] = []
  const open = new Map<string, ColdStartSpan>()
  const states: FunctionStateSpan[] = []
  const refusals: StateRefusal[] = []
  const trace = result.trace
  let state: FunctionStateSpan['state'] = 'Active'
  for (let i = 0; i < trace.length; i++) {
    const e = trace[i]!
    // A sync caller's refusal: the response entry, then its token leaving the function.
    if (e.type === 'hop' && e.token === 'response' && e.fromNodeId === fnId && state !== 'Active') {
      const r = trace[i - 1]
      const errorType = r?.type === 'response' ? STATE_ERRORS[r.statusCode] : undefined
      if (r?.type === 'response' && errorType)
        refusals.push({ atMs: e.atMs, eventId: e.eventId, statusCode: r.statusCode, errorType })
      continue
    }
    if (!('nodeId' in e) || e.nodeId !== fnId) continue
    if (e.type === 'invoke.start') {
      const prev = trace[i - 1]
      const newEnv = e.cold && prev?.type === 'env.created' && prev.envId === e.envId
      const eniEnd = e.eniEndMs ?? e.atMs
      const span: ColdStartSpan = {
        eventId: e.eventId,
        attempt: e.attempt,
        envId: e.envId,
        cold: e.cold,
        newEnv,
        startMs: e.atMs,
        eniEndMs: eniEnd,
        handlerStartMs: e.handlerStartMs,
        endMs: null,
        seq: e.seq,
      }
      invocations.push(span)
      open.set(`${e.eventId}\u0000${e.attempt}`, span)
    } else if (e.type === 'invoke.end') {
      const span = open.get(`${e.eventId}\u0000${e.attempt}`)
      if (span) span.endMs = e.atMs
    } else if (e.type === 'function.state') {
      const last = states[states.length - 1]
      if (last) last.endMs = e.atMs
      states.push({ state: e.state, startMs: e.atMs, endMs: result.untilMs })
      state = e.state
    } else if (e.type === 'invoke.refused' && (e.reason === 'vpc.pending' || e.reason === 'vpc.inactive')) {
      refusals.push({
        atMs: e.atMs,
        eventId: e.eventId,
        statusCode: e.statusCode,
        errorType: STATE_ERRORS[e.statusCode] ?? 'ResourceConflictException',
      })
    } else if (e.type === 'event.fate' && e.reason === 'async.rejected') {
      // An async intake refused while not Active (§7.3): the status is on the event record.
      const code = result.events.find((ev) => ev.id === e.eventId)?.response?.statusCode ?? 409
      const errorType = STATE_ERRORS[code]
      if (errorType) refusals.push({ atMs: e.atMs, eventId: e.eventId, statusCode: code, errorType })
    }
  }
  return { functionId: fnId, invocations, states, refusals }
}
