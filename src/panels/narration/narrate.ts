import type { MessageKey } from '../../i18n'
import type { Fate, ReasonCode, TraceEvent } from '../../sim'
import { entryKinds, type EntryKind } from '../../sim/views'
import { formatSimTime } from '../formatSimTime'
import { docUrlOf } from './docLinks'
import { formatDuration } from './formatDuration'
import type { Translate } from './translate'

/** Log filters: what a line is about (a line can be several). */
export type LogKind = EntryKind

export interface NarrationContext {
  t: Translate
  /** A node's display name (its label, else its id). */
  labelOf: (nodeId: string) => string
  /** Events (a poller's batch) and environments as a person reads them: never an internal id (displayNames.ts). */
  eventName: (eventId: string) => string
  envName: (envId: string) => string
  /** Attempts allowed for this event on this function, or null when unlimited / unknown. */
  maxAttemptsOf: (eventId: string, functionId: string) => number | null
}

export interface Narration {
  seq: number
  atMs: number
  eventId: string | null
  nodeIds: string[]
  kinds: LogKind[]
  sentence: string
  reason: ReasonCode
  ref: string
  docUrl: string | null
}

const FATE_KEY: Record<Exclude<Fate, 'in-flight'>, MessageKey> = {
  succeeded: 'narration.entry.fate.succeeded',
  'failed-to-caller': 'narration.entry.fate.failedToCaller',
  'dead-lettered': 'narration.entry.fate.deadLettered',
  'sent-to-destination': 'narration.entry.fate.sentToDestination',
  discarded: 'narration.entry.fate.discarded',
  expired: 'narration.entry.fate.expired',
  rejected: 'narration.entry.fate.rejected',
}

const ENV_KEY = {
  'env.created': 'narration.entry.envCreated',
  'env.ready': 'narration.entry.envReady',
  'env.reclaimed': 'narration.entry.envReclaimed',
  'env.reset': 'narration.entry.envReset',
} as const satisfies Record<string, MessageKey>

/** The rule phrase of a reason code (`narration.reason.<group>.<code>`). */
export function reasonKey(reason: ReasonCode): MessageKey {
  return `narration.reason.${reason}` as MessageKey
}

function attemptText(ctx: NarrationContext, eventId: string, fnId: string, n: number): string {
  const max = ctx.maxAttemptsOf(eventId, fnId)
  return max === null ? ctx.t('narration.attempt', { n }) : ctx.t('narration.attemptOf', { n, max })
}

function sentenceOf(e: TraceEvent, ctx: NarrationContext, trace: readonly TraceEvent[]): string {
  const { t, labelOf, eventName, envName } = ctx
  switch (e.type) {
    case 'hop':
      return t('narration.entry.hop', {
        token: t(`narration.token.${e.token}`),
        event: eventName(e.eventId),
        from: labelOf(e.fromNodeId),
        to: labelOf(e.toNodeId),
        duration: formatDuration(e.arriveMs - e.departMs, t),
      })
    case 'event.created':
      return t('narration.entry.created', { event: eventName(e.eventId), node: labelOf(e.nodeId) })
    case 'invoke.accepted':
      return t('narration.entry.accepted', { event: eventName(e.eventId), node: labelOf(e.nodeId) })
    case 'invoke.start': {
      const base = {
        attempt: attemptText(ctx, e.eventId, e.nodeId, e.attempt),
        event: eventName(e.eventId),
        node: labelOf(e.nodeId),
        env: envName(e.envId),
        pre: formatDuration(e.handlerStartMs - e.atMs, t),
      }
      if (!e.cold) return t('narration.entry.startWarm', base)
      const prev = trace[e.seq - 1]
      const fresh = prev?.type === 'env.created' && prev.envId === e.envId
      return t(fresh ? 'narration.entry.startCold' : 'narration.entry.startReinit', base)
    }
    case 'invoke.end': {
      const attempt = attemptText(ctx, e.eventId, e.nodeId, e.attempt)
      if (e.result === 'success') {
        const start = findStart(trace, e.seq, e.eventId, e.attempt)
        return t('narration.entry.endSuccess', {
          attempt,
          event: eventName(e.eventId),
          node: labelOf(e.nodeId),
          duration: formatDuration(start === null ? 0 : e.atMs - start, t),
        })
      }
      const error = [e.errorType, e.errorMessage].filter(Boolean).join(': ')
      return t(e.result === 'timeout' ? 'narration.entry.endTimeout' : 'narration.entry.endError', { attempt, error })
    }
    case 'invoke.refused':
      return t(e.result === 'throttled' ? 'narration.entry.refusedThrottled' : 'narration.entry.refusedRejected', {
        attempt: attemptText(ctx, e.eventId, e.nodeId, e.attempt),
        event: eventName(e.eventId),
        node: labelOf(e.nodeId),
        status: e.statusCode,
        error: e.throttleReason ? `${e.errorType} (${e.throttleReason})` : e.errorType,
      })
    case 'retry.scheduled':
      return t('narration.entry.retry', {
        delay: formatDuration(e.nextAtMs - e.atMs, t),
        next: e.nextAttempt,
        at: formatSimTime(e.nextAtMs),
      })
    case 'env.created':
    case 'env.ready':
    case 'env.reclaimed':
    case 'env.reset':
      return t(ENV_KEY[e.type], { node: labelOf(e.nodeId), env: envName(e.envId) })
    case 'function.state':
      return t('narration.entry.functionState', { node: labelOf(e.nodeId), state: e.state })
    case 'response':
      return t('narration.entry.response', {
        node: labelOf(e.nodeId),
        status: e.statusCode,
        event: eventName(e.eventId),
      })
    case 'message.sent': {
      const key =
        e.reason === 'dlq.sent'
          ? 'narration.entry.messageDlq'
          : e.reason === 'destination.sent'
            ? 'narration.entry.messageDestination'
            : 'narration.entry.messageOther'
      return t(key, { event: eventName(e.eventId), node: labelOf(e.nodeId) })
    }
    case 'delivery.failed':
      return t('narration.entry.deliveryFailed', {
        event: eventName(e.eventId),
        node: labelOf(e.nodeId),
        metric: e.metric,
      })
    case 'event.fate':
      return t(FATE_KEY[e.fate], { event: eventName(e.eventId), node: labelOf(e.nodeId) })
    case 'source.step': {
      const shown =
        e.eventIds.length > 4
          ? `${e.eventIds.slice(0, 3).join(', ')} … ${e.eventIds[e.eventIds.length - 1]}`
          : e.eventIds.join(', ')
      return t('narration.entry.sourceStep', {
        node: labelOf(e.nodeId),
        shard: e.shardId === null ? '' : t('narration.entry.shard', { shard: e.shardId }),
        count: e.eventIds.length,
        events: shown,
      })
    }
  }
}

function findStart(trace: readonly TraceEvent[], beforeSeq: number, eventId: string, attempt: number): number | null {
  for (let i = beforeSeq - 1; i >= 0; i--) {
    const s = trace[i]!
    if (s.type === 'invoke.start' && s.eventId === eventId && s.attempt === attempt) return s.atMs
  }
  return null
}

/** One trace entry as a sentence with its numbers, the rule behind it, its § and the AWS page. */
export function narrate(e: TraceEvent, ctx: NarrationContext, trace: readonly TraceEvent[]): Narration {
  const nodeIds = e.type === 'hop' ? [e.fromNodeId, e.toNodeId] : [e.nodeId]
  const eventId = e.type === 'source.step' ? (e.eventIds[0] ?? null) : 'eventId' in e ? e.eventId : null
  return {
    seq: e.seq,
    atMs: e.atMs,
    eventId,
    nodeIds,
    kinds: entryKinds(e),
    sentence: sentenceOf(e, ctx, trace),
    reason: e.reason,
    ref: e.ref,
    docUrl: docUrlOf(e.ref),
  }
}

/** "sentence — rule (§x)"; the sentence's own full stop gives way to the dash. */
export function lineText(n: Pick<Narration, 'sentence' | 'reason' | 'ref'>, t: Translate): string {
  return t('narration.line', { sentence: n.sentence.replace(/[.。]$/, ''), rule: t(reasonKey(n.reason)), ref: n.ref })
}
