export const header = {
  language: 'Language',
  darkTheme: 'Dark theme',
} as const
