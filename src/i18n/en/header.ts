export const header = {
  language: 'Language',
  darkTheme: 'Dark theme',
  /** Narrow screens and embeds only, where the side panel is hidden until asked for. */
  settings: 'Settings',
} as const
