/**
 * The header's Learn and Examples, part of the start area (start.ts spreads them in): their own module because the
 * editor's first frame shows them and not the start page (firstFrame.ts, #16).
 */
export const startButtons = {
  learn: 'Learn',
  learnHint: 'Guided lessons and examples',
  examplesButton: 'Examples',
} as const
