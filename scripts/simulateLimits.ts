/** The CLI's limits and its care with user text (scripts/simulate.ts). */
import { DEFAULT_BUDGET } from '../src/sim/index.ts'

/** Files over 16 MiB are refused before they are read (the app's import limit is 8 MiB). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024
/** Seeds are unsigned 32-bit integers (the format's own range). */
export const MAX_SEED = 2 ** 32 - 1
/** How many issues are printed; the rest are counted ("first 20 of 16,384,000"). */
export const SHOWN_ISSUES = 20

/**
 * Heap bytes one event costs, engine and output together, measured with `/usr/bin/time -v` on a 200,000-event burst
 * (peak RSS ÷ events, rounded up): `json` keeps an object per event and the whole text; `trace` a line per entry.
 */
const BYTES_PER_EVENT = { summary: 700, json: 3_000, trace: 4_000 } as const

/**
 * The event budget for this process: the engine's default (2,000,000), lowered so that a run and its output fit in
 * half the heap V8 allows (the 5.7 GB out-of-memory crash at 1,000,000 events). `--max-events` overrides it.
 */
export function eventCapFor(heapLimitBytes: number | undefined, format: keyof typeof BYTES_PER_EVENT): number {
  if (heapLimitBytes === undefined || !(heapLimitBytes > 0)) return DEFAULT_BUDGET.maxEvents
  return Math.max(1_000, Math.min(DEFAULT_BUDGET.maxEvents, Math.floor(heapLimitBytes / 2 / BYTES_PER_EVENT[format])))
}

export const formatCount = (n: number) => n.toLocaleString('en-US')

/** "first 20 of 16,384,000 errors:" then the first SHOWN_ISSUES lines; a title only when given. */
export function issueList<T>(title: string | null, items: readonly T[], format: (item: T) => string): string[] {
  const shown = items.slice(0, SHOWN_ISSUES).map(format)
  if (items.length <= SHOWN_ISSUES) return title ? [`${title}:`, ...shown] : shown
  const head = `first ${SHOWN_ISSUES} of ${formatCount(items.length)}${title ? ` ${title}` : ''}:`
  return [head, ...shown]
}

/**
 * Control characters shown, not obeyed: a title with `ESC[2J` must not clear the reader's terminal. C0 (but newline
 * and tab), DEL and C1 become `\u001b`-style escapes; bidi overrides too (they reorder what the terminal shows).
 */
export function escapeControls(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
