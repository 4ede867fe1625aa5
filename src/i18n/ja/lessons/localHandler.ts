import type { Messages } from '../../types'

/** レッスン 4：ハンドラーをローカルで動かす。エントリポイント、イベント、ランタイムごとのコンテキストオブジェクト。 */
export const localHandler: Messages['lessons']['localHandler'] = {
  title: 'ハンドラーをローカルで動かす',
  summary:
    'Lambda は 1 つのエントリポイントをイベントとコンテキストオブジェクトで呼び出します。ローカルテストも同じことを、AWS アカウントなしで行います。',
  covers: {
    entry: 'エントリポイント：ファイルとエクスポートされた関数（index.handler、lambda_function.lambda_handler）',
    event: 'イベント：ソースの JSON（AWS の形式）',
    context: 'コンテキストオブジェクト：リクエスト ID、残り時間、ランタイムによって変わる名前',
    export: 'そのイベントと偽のコンテキストでハンドラーを呼ぶローカル単体テストのエクスポート',
  },
  steps: {
    intro:
      'Lambda はプログラム全体を実行するのではなく、その中の 1 つの関数を呼び出します。ハンドラー設定で指定するエントリポイントです。Node.js なら index.handler（index.mjs の handler エクスポート）、Python なら lambda_function.lambda_handler。渡す引数はイベントとコンテキストの 2 つです。',
    firstCall:
      '写真がアップロードされます。S3 が関数を 1 回呼び出すところを見てみましょう。ログで呼び出しを選ぶと、インスペクターにイベントとコンテキストが表示されます。',
    eventShape: 'ハンドラーはイベントとして何を受け取りましたか？',
    timeLeft:
      '関数のタイムアウトは 6 秒です。ハンドラーが動き出したとき、コンテキストは残り何秒と言いましたか（getRemainingTimeInMillis）？',
    python:
      '同じ関数を Python で書いた場合です（関数のパネルでランタイムを切り替えるとインスペクターも変わります）。Python のコンテキストではリクエスト ID を何という名前で読みますか？',
    export:
      '手元でハンドラーをテストするには、Lambda と同じことをします。エントリポイントを読み込み、イベントを用意し、偽のコンテキストを作って呼び出します。インスペクターの「ローカルテストをエクスポート」がまさにそれを書き出します。ハンドラーのひな形、event.json、偽のコンテキスト、node --test または python3 -m unittest 用のテスト。AWS アカウントなしで動きます。',
    budget:
      'ハンドラーに 10 秒の持ち時間を与えてください。ハンドラーの開始時にコンテキストが残り 10000 ms と報告するよう関数を変えてから「確認」を押してください。',
    sandbox:
      'ここからは自由に試せます。別のソース（SQS キュー、API）をつないでハンドラーが受け取るイベントを比べたり、ランタイムを切り替えてローカルテストをエクスポートしたりしてみましょう。',
  },
  options: {
    file: 'アップロードされたファイルのバイト列',
    records: 'バケットとキーを示す Records リストを持つ JSON の通知',
    url: '関数がコールバックすべき URL',
    camel: 'awsRequestId',
    snake: 'aws_request_id',
    short: 'request_id',
  },
  explain: {
    event:
      'S3 が送るのはファイルではなく通知です。イベント名、バケット、オブジェクトキーを含む Records リストです。必要ならハンドラーが自分でオブジェクトを取得します。',
    timeLeft:
      'コンテキストは関数のタイムアウトから減っていきます。ハンドラー開始時は {{ms}} ms、その後終わりまで少しずつ減ります。',
    python:
      'Python のコンテキストは snake_case です：{{name}}、function_name、memory_limit_in_mb、get_remaining_time_in_millis()。Node.js は camelCase です：awsRequestId、functionName…',
  },
  task: {
    pass: 'ハンドラー開始時、コンテキストは残り {{ms}} ms と報告しました。',
    fail: 'ハンドラー開始時、コンテキストは残り {{ms}} ms と報告しました。目標は {{target}} ms です。残り時間は関数のタイムアウトから始まります。',
  },
}
