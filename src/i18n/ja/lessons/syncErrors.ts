import type { Messages } from '../../types'

/** レッスン 8：同期呼び出しのエラー。 */
export const syncErrors: Messages['lessons']['syncErrors'] = {
  title: '同期呼び出しのエラー',
  summary: '呼び出し元がエラーを受け取り、リトライするかを決めます。API Gateway の 502・500・504。',
  covers: {
    codes: '関数のエラー、スロットリング、遅い関数で API クライアントが受け取るもの',
    noRetry: 'Lambda が同期呼び出しを決してリトライしない理由',
    timeout: 'API Gateway の 29 秒の制限と、その後も動き続ける関数',
  },
  steps: {
    intro:
      'API Gateway（REST API）は関数を同期的に呼び出します。クライアントは応答を待ちます。Lambda は同期呼び出しを決してリトライしません。エラーは呼び出し元に返り、どうするかは呼び出し元が決めます。これから 4 つのリクエストが来ます。',
    firstOk: '最初のリクエストです。関数が応答し、クライアントは 200 を受け取ります。',
    predictError:
      '次のリクエストはバグに当たり、関数が例外を投げます。API クライアントが受け取るステータスコードを予想してください。',
    seeError: 'エラーがクライアントに返るところを見てみましょう。何もリトライされません。',
    predictThrottle:
      '2 つのリクエストが同時に届きますが、関数の予約済み同時実行数は 1 です。2 番目のクライアントが受け取るものを予想してください。',
    seeThrottle: 'コードが実行される前に、Lambda が 2 番目の呼び出しを拒否するところを見てみましょう。',
    predictTimeout:
      '今度はデータベースが遅く、関数に 45 秒かかります。クライアントは何秒後に応答を受け取るでしょうか？',
    seeTimeout: '見てください。クライアントは応答を受け取りましたが、関数はまだ動いています。処理は取り消されません。',
    sandbox:
      'ここからは自由に試せます。API を HTTP API に切り替えたり（タイムアウトは 30 秒で、スロットリングの見え方も違います）、予約済み同時実行数を増やしたり、リトライ付きの Client invoke ノードを関数の前に置いたりしてみましょう。',
  },
  options: {
    s200: '200 OK',
    s429: '429 Too Many Requests',
    s500: '500 Internal Server Error',
    s502: '502 Bad Gateway',
  },
  explain: {
    error:
      'クライアントは {{status}} を受け取りました。API Gateway は関数のエラーを 502 Bad Gateway に変えます。Lambda が関数を実行したのは {{attempts}} 回で、リトライはありません。',
    throttle:
      'Lambda は {{lambdaStatus}} TooManyRequestsException で呼び出しを拒否しました。REST API はそれを 429 ではなく {{status}} としてクライアントに返します。',
    timeout:
      'API Gateway は {{seconds}} 秒で待つのをやめて {{status}} Gateway Timeout を返しました。その間も関数は動き続けました。',
  },
}
