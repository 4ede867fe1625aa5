/** The caption strip over the canvas: the latest transition, narrated, with its rule. */
export const caption = {
  label: 'Captions',
  idle: 'Press Play: what happens, and the rule behind it, is said here.',
  hide: 'Hide captions',
  show: 'Captions',
} as const
