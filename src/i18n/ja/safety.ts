import type { Messages } from '../types'

export const safety: Messages['safety'] = {
  run: {
    simulating: 'シミュレーション中… {{percent}}%（ここまで {{events}} イベント）',
    simulatingStart: 'シミュレーション中…',
    engineUnavailable:
      'シミュレーターを読み込めませんでした（オフラインかもしれません）。接続が戻るか、シナリオを変更すると、もう一度読み込みます。',
    firstPart: '残りをシミュレーションしながら、最初の部分を表示しています（{{percent}}% 完了）。',
    progressLabel: 'シミュレーションの進み具合',
    stoppedEvents:
      '{{limit}} イベントで停止しました。実行時間を短くするか、トラフィックを減らしてください。シミュレーションできた部分（{{time}} まで）を表示しています。',
    stoppedTrace:
      'トレースが {{limit}} 件に達したため停止しました。実行時間を短くするか、トラフィックを減らしてください。シミュレーションできた部分（{{time}} まで）を表示しています。',
  },
  boundary: {
    title: '{{area}}が動作しなくなりました',
    detail: '表示中に問題が起きました。アプリのほかの部分とシナリオは無事です。',
    error: '原因：{{message}}',
    retry: 'もう一度試す',
    reload: 'シナリオを読み込み直す',
    copy: 'レポートをコピー',
    copied: 'レポートをコピーしました。',
    areas: {
      canvas: 'キャンバス',
      inspector: 'インスペクター',
      playback: '再生バー',
      drawer: 'トレースドロワー',
      lesson: 'レッスンプレーヤー',
      app: 'アプリ',
    },
  },
  tabs: {
    newer: '別のタブがこのシナリオの新しい版を保存しました。',
    load: 'そちらを読み込む',
    keep: '自分の版を残す',
    keptMine: 'このタブは自分の版を保ちます。どちらにするか選ぶまで、ここでの保存は止めています。',
  },
}
