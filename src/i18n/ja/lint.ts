import type { Messages } from '../types'

export const lint: Messages['lint'] = {
  title: '起きること',
  none: '警告はありません。イベントの消失やパイプラインの停止を予測するルールはありません。',
  count_one: '予測 {{count}} 件',
  count_other: '予測 {{count}} 件',
  severity: { danger: '失敗する', warning: 'リスク' },
  select: '関係する部分を選択',
  rule: 'AWS のルール {{ref}}',
  ruleLink: '{{ref}} の AWS ドキュメント（新しいタブで開きます）',
  rules: {
    asyncFailuresDiscarded:
      '{{function}} には DLQ も失敗時の送信先もありません。{{attempts}} 回失敗したイベントは破棄されます。',
    streamShardBlocked:
      '{{from}} → {{to}} は無制限にリトライし、レコードの最大経過時間もありません。不正なレコードが 1 件あるだけで、期限切れになるまでそのシャードが止まります。',
    sqsVisibilityBelowSixTimes:
      '{{from}} の可視性タイムアウト（{{visibilityS}} 秒）が関数のタイムアウトの 6 倍未満です。処理中のメッセージが再び見えるようになることがあります。AWS の推奨は {{recommendedS}} 秒以上です。',
    sqsVisibilityBelowTimeout:
      '{{from}} の可視性タイムアウト（{{visibilityS}} 秒）が {{to}} のタイムアウト（{{timeoutS}} 秒）より短いため、AWS はこのマッピングを作成しません。',
    sqsLowMaxReceiveCount:
      '{{from}} は {{count}} 回受信したメッセージを DLQ に送ります。スロットリングされただけのメッセージも DLQ に入るおそれがあります。AWS の推奨は 5 以上です。',
    reservedConcurrencyZero:
      '{{function}} の予約された同時実行が 0 です。すべての呼び出しがスロットリングされ、非同期イベントはリトライなしで DLQ か失敗時の送信先に直行します。',
    vpcNoNat:
      '{{function}} は NAT ゲートウェイのない {{vpc}} からインターネットを呼び出します。呼び出しは {{timeoutS}} 秒のタイムアウトまで応答を待ち続けます。',
    accessNotSameVpc: '{{from}} は {{to}} と同じ VPC にありません。接続は関数がタイムアウトするまで待ち続けます。',
    accessNoSgRule:
      '{{to}} のセキュリティグループが「{{securityGroup}}」からのインバウンドを許可していません。{{from}} からの接続はタイムアウトします。',
    permissionMissingInvoke:
      '{{from}} には {{to}} を呼び出す権限（リソースベースポリシー）がありません。呼び出しはすべて拒否されます。',
    permissionMissingRead: '{{to}} の実行ロールは {{from}} を読み取れません。マッピングはポーリングできません。',
    permissionMissingSend:
      '{{from}} の実行ロールは {{to}}（{{role}}）に送信できません。失敗したイベントは代わりに削除されます。',
    dlqOnSqsTriggeredFunction:
      '{{function}} の DLQ が受け取るのは非同期呼び出しだけです。{{queue}} から来て失敗したメッセージはキューに戻ります。DLQ は {{queue}} 側（リドライブポリシー）に設定してください。',
  },
}
