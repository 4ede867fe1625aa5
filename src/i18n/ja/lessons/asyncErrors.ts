import type { Messages } from '../../types'

/** レッスン 9：非同期呼び出しのエラー。 */
export const asyncErrors: Messages['lessons']['asyncErrors'] = {
  title: '非同期呼び出しのエラー',
  summary: '2 回リトライして DLQ へ。DLQ がなければイベントは消えます。',
  covers: {
    retries: '失敗した非同期イベントを Lambda が何回、どれだけ待ってリトライするか',
    dlq: 'すべての試行が失敗したイベントの行き先',
    lost: 'DLQ も on-failure destination もないと何が起きるか',
  },
  steps: {
    intro:
      'S3 バケットへのアップロードは関数を非同期で呼び出します。Lambda はすぐに S3 へ 202 Accepted を返し、イベントを自分のキューに保持します。コードが成功したかどうかを S3 が知ることはありません。この関数は毎回失敗します。',
    predictAttempts: '予想してください：このアップロード 1 件に対して、Lambda は関数を何回実行するでしょうか？',
    firstFailure:
      '最初の試行を見てみましょう。失敗しますが、誰にも通知されません。Lambda が自分でリトライを予約します。',
    retryDelay: '最初の失敗から何秒後に Lambda はもう一度試すでしょうか？',
    toDlq:
      'そのまま進めます。最後の試行が失敗すると、Lambda は元のイベントを関数のデッドレターキュー（DLQ）に送ります。',
    whereNow: '今イベントがあるノードをクリックしてください。',
    noDlq:
      '同じ関数で DLQ がない場合です。最後のリトライの後を見てください。イベントは破棄され、メトリクスにしか残りません。',
    saveIt:
      '課題：イベントを 1 件も失わないようにしてください。失敗の送り先を関数に与えます。SQS キューを追加して DLQ（または on-failure destination）として接続し、「確認」を押してください。',
    sandbox:
      'ここからは自由に試せます。関数の最大リトライ回数を 0 や 1 にしたり、イベントの最大有効期間を短くしたり、途中で止まる障害にしたりして、イベントの行き先を見てみましょう。',
  },
  options: {
    once: '1 回',
    twice: '2 回',
    threeTimes: '3 回',
    untilItWorks: '成功するまで',
  },
  explain: {
    attempts:
      '実行結果では {{attempts}} 回試行しています。最初の 1 回と、{{retries}} 回のリトライです（デフォルトの最大値は 2）。',
    delays:
      'Lambda は最初の失敗の {{first}} 秒後、2 回目の失敗の {{second}} 秒後に再試行しました。リトライの間隔は伸びていきます。',
    where: 'イベントは今「{{label}}」のメッセージになり、誰かが確認して再送するのを待っています。',
  },
  task: {
    pass: 'イベントの損失はありません。{{kept}} 件すべてが、後から見つけられる場所に届きました。',
    fail: '{{lost}} 件のイベントがまだ破棄されています。関数に DLQ か on-failure destination を接続してください。',
  },
}
