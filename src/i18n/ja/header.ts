import type { Messages } from '../types'

export const header: Messages['header'] = {
  language: '言語',
  darkTheme: 'ダークテーマ',
  settings: '設定',
}
