/** Parts of the app loaded on demand (src/app/lazyPanel.tsx). */
export const loading = {
  panel: 'Loading…',
} as const
