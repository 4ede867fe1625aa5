import type { Messages } from '../types'

export const loading: Messages['loading'] = {
  panel: '読み込み中…',
}
