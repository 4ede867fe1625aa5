import type { Messages } from '../types'

export const drawer: Messages['drawer'] = {
  label: 'トレースパネル',
  tabs: 'トレースの表示',
  log: 'ログ',
  timeline: 'タイムライン',
  metrics: 'メトリクス',
  collapse: 'パネルを閉じる',
  expand: 'パネルを開く',
  resize: 'パネルの高さを変える',
  noRun: 'シナリオのエラーを直すと、何が起きるかが表示されます。',
}
