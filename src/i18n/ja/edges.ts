import type { Messages } from '../types'

export const edges: Messages['edges'] = {
  role: {
    trigger: 'トリガー',
    eventSourceMapping: 'マッピング',
    dlq: 'DLQ',
    onFailure: '失敗時',
    onSuccess: '成功時',
    access: 'アクセス',
    writes: '書き込み',
    stream: 'テーブルのストリーム',
    unknown: '役割未定',
  },
  roleLong: {
    trigger: 'トリガー：サービスが関数を呼び出す（§1.2）',
    eventSourceMapping: 'イベントソースマッピング：Lambda がポーリングしてバッチで呼び出す（§1.1）',
    dlq: 'デッドレターキュー：すべての試行に失敗した非同期イベント（§2.4）',
    onFailure: '失敗時の送信先：失敗した非同期イベントの呼び出しレコード（§2.2）',
    onSuccess: '成功時の送信先：成功した非同期イベントの呼び出しレコード（§2.2）',
    access: 'アクセス：関数がこのデータストアを読み書きする（§7.5）',
    writes:
      '書き込み：関数のコードがイベントをこのバケット、キュー、トピックに書き込み、そこから AWS と同じようにイベントが発生する（§16）',
    stream: 'ストリーム：テーブルの変更が DynamoDB ストリームに流れる（§3.1、§11）',
    unknown: 'この接続の役割がドキュメントに書かれていません',
  },
  aria: '{{from}} から {{to}} への{{role}}',
  permissionMissing: '権限なし',
  loop: 'ループ',
  loopLong: 'この接続は関数へ戻るループを閉じます。再帰ループの検出により 16 回の呼び出しで止まります（§16）',
  loopRunsOn: 'この接続は関数へ戻るループを閉じ、何もそれを止めません（Allow、または 2018 年）（§16）',
  crossAccount: 'アカウント間',
  crossAccountLong: 'アカウントをまたぐ: {{from}} → {{to}}（§10）',
}
