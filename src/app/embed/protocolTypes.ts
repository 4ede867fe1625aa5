/**
 * The embed's postMessage protocol, as types only: the SDK (lambdascope-embed.js) imports nothing at run time from
 * the app, so it stays a few kilobytes. The embed validates every message it receives with zod (protocol.ts).
 *
 * Every message is `{ source: 'lambdascope', v: 1, type, … }`. Messages of another source or version, or of a type
 * this version does not know, are ignored (a host page carries many other postMessage users).
 */
/**
 * Types only (no value): each side declares its own constant of these types, so the SDK shares no chunk with the app.
 */
export type ProtocolSource = 'lambdascope'
export type ProtocolVersion = 1

type Envelope<T extends string, P = object> = { source: ProtocolSource; v: ProtocolVersion; type: T } & P

/** Host → embed. */
export type HostMessage =
  | Envelope<'play'>
  | Envelope<'pause'>
  | Envelope<'seek', { ms: number }>
  | Envelope<'load', { scenario: unknown }>
  | Envelope<'injectFault', { request: unknown }>
  | Envelope<'setLang', { lang: 'en' | 'ja' }>
  | Envelope<'getState'>

export interface EmbedState {
  positionMs: number
  status: 'idle' | 'playing' | 'paused' | 'ended'
  selectedEventId: string | null
  selectedNodeIds: string[]
  finished: boolean
  title: string
}

/** Embed → host. */
export type EmbedMessage =
  | Envelope<'ready', { state: EmbedState }>
  | Envelope<'state', { state: EmbedState }>
  | Envelope<'lessonComplete', { lesson: string }>
  | Envelope<'resize', { height: number }>
  | Envelope<'error', { request: string; issues: { path: string; message: string }[] }>
