import type { Messages } from '../../types'

/** レッスン 1・2：3 つの呼び出し方式、プッシュとポーリング。 */
export const invokeStyles: Messages['lessons']['invokeStyles'] = {
  title: '3 つの呼び出し方式：プッシュとポーリング',
  summary: '同期・非同期・ポーリング。誰が待ち、誰がリトライし、誰が誰を呼ぶのか。',
  covers: {
    three: '同期・非同期・ポーリングによる呼び出しを並べて比較',
    push: 'Lambda にイベントをプッシュするサービスと、それが受け取るもの',
    esm: 'event source mapping：Lambda 自身がキューやストリームをポーリングする',
  },
  steps: {
    intro:
      '1 つの関数に 3 つのソースがあります。REST API は同期で、S3 バケットは非同期で呼び出し、SQS キューはポーリングされます。リクエスト、アップロード、メッセージが 1 つずつ向かっています。',
    watchAll: '3 つすべてを見て、それぞれのソースに何が返るかに注目してください。',
    whoWaits: '関数の応答を待つソースをクリックしてください。',
    s3Gets: 'S3 が関数を呼び出したとき、S3 には何が返るでしょうか？',
    whoPolls: 'Lambda を呼び出さないソースをクリックしてください。そのメッセージは Lambda が自分で取りに行きます。',
    pushPoll:
      'プッシュ：API Gateway と S3 が Lambda を呼び出します（関数のリソースベースポリシーで許可が必要です）。ポーリング：SQS、Kinesis、DynamoDB Streams では、Lambda が event source mapping を動かしてソースを読み取り、バッチで関数を同期的に呼び出します（関数の実行ロールに読み取りの権限が必要です）。',
    sandbox:
      'ここからは自由に試せます。関数を失敗させて、各ソースに見えるものを比べてみましょう。API にはエラー、S3 にはリトライ、キューにはメッセージが戻ってきます。',
  },
  options: {
    result: '関数の結果',
    accepted: '関数が動く前に 202 Accepted',
    nothing: '何も返らない',
  },
  explain: {
    waits: '「{{label}}」は待って、関数の応答とともに {{status}} を受け取りました。これが同期呼び出しです。',
    accepted:
      'S3 は Lambda がイベントをキューに入れた時点で {{status}} Accepted を受け取りました。関数はその後で実行され、結果が S3 に伝わることはありません。',
    polled:
      '「{{label}}」です。その event source mapping（Lambda のもの）がメッセージを受信し、それを渡して関数を呼び出しました。',
  },
}
