import type { Messages } from '../types'

export const metrics: Messages['metrics'] = {
  counters: 'イベントの行方',
  delivered: '配信済み',
  retrying: '再試行中',
  inDlq: 'DLQ 内',
  lost: '消失',
  inFlight: '処理中',
  returnedError: '呼び出し元にエラー',
  charts: '{{period}} ごとのメトリクス',
  chart: '{{node}} の {{metric}}：最大 {{peak}}、現在 {{now}}',
  peakNow: '最大 {{peak}}、現在 {{now}}',
  noData: 'まだメトリクスはありません。',
  names: {
    Invocations: '呼び出し数',
    Errors: 'エラー数',
    Throttles: 'スロットリング数',
    ConcurrentExecutions: '同時実行数',
    IteratorAge: 'イテレーターの経過時間（ミリ秒）',
    ApproximateNumberOfMessagesVisible: '可視メッセージ数（DLQ・キューの深さ）',
    AsyncEventsDropped: '消失したイベント',
  },
}
