/**
 * Per-test timeout for fast-check property tests: a property runs its body dozens of times, and on a loaded 2-core
 * machine that can take far longer than vitest's 5 s default. Nothing in them waits on real time; this only bounds
 * a run that is slow, not one that is waiting.
 */
export const PROPERTY_TIMEOUT_MS = 120_000
