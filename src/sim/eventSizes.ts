import { eventBytes } from '../model/index.ts'
import type { LiveEvent } from './ledger.ts'

/**
 * §16.13 how big each event is (bytes of JSON, or the traffic's declared `payloadBytes`). Declared sizes are kept only
 * for events whose traffic declares one (a sparse map); other sizes are measured once per payload object (traffic
 * entries share one payload, so a million events cost one measurement).
 */
export class EventSizes {
  private readonly declared = new Map<string, number>()
  private readonly measured = new Map<unknown, number>()

  declare(evId: string, bytes: number): void {
    this.declared.set(evId, bytes)
  }

  /** A copy of an event (fan-out, duplicate) has the size of its original. */
  copy(fromId: string, toId: string): void {
    const b = this.declared.get(fromId)
    if (b !== undefined) this.declared.set(toId, b)
  }

  of(ev: LiveEvent): number {
    const d = this.declared.get(ev.id)
    if (d !== undefined) return d
    let s = this.measured.get(ev.payload)
    if (s === undefined) {
      s = eventBytes(ev.payload, undefined)
      if (this.measured.size < 10_000) this.measured.set(ev.payload, s)
    }
    return s
  }
}
