import type { Messages } from '../types'

export const runEnd: Messages['runEnd'] = {
  settledAfterTraffic:
    'トラフィックは {{traffic}} で止まります。すべてのイベントの行き先が決まるまで実行は続きます（{{end}}）。',
  stoppedAt: '実行は {{end}} で止まります:',
  limitAt: '実行は 30 日の上限 {{end}} に達しました:',
  retry_one: '{{count}} 件のイベントが {{at}} に再試行されます。最後まで見るには実行を延長してください。',
  retry_other: '{{count}} 件のイベントが再試行されます（最初は {{at}}）。最後まで見るには実行を延長してください。',
  inFlight_one: '{{count}} 件のイベントがまだ処理中です。次の処理は {{at}} です。実行を延長してください。',
  inFlight_other: '{{count}} 件のイベントがまだ処理中です。次の処理は {{at}} です。実行を延長してください。',
  stuck_one: '{{count}} 件のイベントが {{end}} の時点で待ったままです。読み取る consumer が接続されていません。',
  stuck_other: '{{count}} 件のイベントが {{end}} の時点で待ったままです。読み取る consumer が接続されていません。',
  extend: '実行を延長',
  extendHint: 'シナリオ設定の「実行を止める時刻」を外します。すべてのイベントの行き先が決まるまで実行が続きます。',
}
