import type { Messages } from '../types'

/** ハンドラーの戻り値エディター（issue #14）。 */
export const handler: Messages['handler'] = {
  returns: {
    label: 'ハンドラーが返すもの',
    hint: 'JSON：{"kind":"value","value":…}、{"kind":"error","errorType":…,"errorMessage":…}、{"kind":"timeout"} のいずれか。リストにすると試行ごとに 1 つずつ使います（最後のものが繰り返されます）。batchItemFailures の中の "$item[N]" は、バッチの N 番目の項目を表します。空のままなら関数は単に成功します。',
    examples: '例',
    kept: '適用していません。JSON として読めるまで入力した文字はそのまま残ります。',
    refused: '適用していません。示された問題を直してください。関数は以前の動作のままです。',
    errorAt: '{{line}} 行 {{column}} 列に JSON のエラーがあります（“{{found}}” があります）。',
    errorEnd: '{{line}} 行 {{column}} 列に JSON のエラーがあります。テキストが途中で終わっています。',
    applied: '適用しました。この戻り値でシミュレーションを再実行しました。',
    example: {
      value: '値',
      proxy: 'API レスポンス 201',
      noStatusCode: 'statusCode なし',
      error: 'エラー',
      timeout: 'タイムアウト',
      partial: 'バッチ：2 番目が失敗',
      unknownId: 'バッチ：存在しない ID',
      emptyId: 'バッチ：空の ID',
      wrongKey: 'バッチ：キー名の誤り',
      emptyList: 'バッチ：空のリスト',
      failThenOk: '失敗してから成功',
    },
    exampleHint: {
      value: '{"ok": true} を返します。',
      proxy: 'プロキシレスポンス：API Gateway はこのヘッダーと本文で 201 を返します（§5.2）。',
      noStatusCode:
        'statusCode のない JSON：REST と HTTP API のペイロード 1.0 では失敗（502 / 500）、ペイロード 2.0 では 200 になります（G16）。',
      error: 'ハンドラーが ValidationError を投げます。関数エラーなので、非同期呼び出しではリトライされます（§2.1）。',
      timeout: 'ハンドラーが戻らず、タイムアウトします（Sandbox.Timedout）。',
      partial: 'ReportBatchItemFailures：2 番目の項目だけがリトライされます（§3.2、§4.3）。',
      unknownId: 'バッチにない ID：AWS はバッチ全体を失敗として扱います（§16）。',
      emptyId: '空の itemIdentifier：AWS はバッチ全体を失敗として扱います（§16）。',
      wrongKey: 'itemIdentifier ではなく itemId：AWS はバッチ全体を失敗として扱います（§16）。',
      emptyList: '空のリストは完全な成功です（§16）。',
      failThenOk: '1 回目の試行は例外を投げ、その後の試行は null を返します。',
    },
  },
}
