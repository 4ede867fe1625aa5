/**
 * The What if…? menu's sweep item, part of the sweep area (sweep.ts spreads it in): in the editor's first frame
 * (firstFrame.ts, #16).
 */
export const sweepMenu = {
  open: 'Sweep a setting…',
} as const
