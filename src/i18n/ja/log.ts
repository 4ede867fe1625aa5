import type { Messages } from '../types'

export const log: Messages['log'] = {
  label: 'イベントログ',
  empty: 'まだ何も起きていません。再生してください。',
  noMatch: 'フィルターに合う行はまだありません。',
  filterNode: 'ノード',
  allNodes: 'すべてのノード',
  filterKind: '表示',
  kinds: { all: 'すべて', error: 'エラー', retry: '再試行', dlq: 'DLQ と送信先', lost: '消失したイベント' },
  count: '{{total}} 行中 {{shown}} 行',
  download: '記録をダウンロード',
  transcriptName: 'lambdascope-transcript.txt',
  docLink: '{{ref}} の AWS ドキュメント',
  select: '{{event}} のステートチャートを表示',
  announce: '新しい行が {{count}} 件。最新：{{text}}',
  announceOne: '{{text}}',
  capped: '{{total}} 行のうち最後の {{shown}} 行を表示しています。',
}
