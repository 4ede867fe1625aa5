import type { Messages } from '../types'

export const around: Messages['around'] = {
  permissions: {
    title: '権限',
    titleFunction: 'ポリシーとロール',
    explain:
      'リソースベースポリシー: 関数に付き、誰が関数を呼び出せるかを決めます (S3 や SNS などのサービス、または別のアカウント)。アイデンティティベースポリシー: 関数が実行時に使う実行ロールに付き、関数が何を呼び出せるかを決めます (キューの読み取り、DLQ への送信など)。プッシュ型のソースには前者、ポーリング型のソース・DLQ・送信先には後者が必要です。',
    none: 'このワイヤーにはここで必要な IAM 権限はありません (キュー間の redrive policy や、ネットワーク経由で接続するデータベースなど)。',
    places: {
      functionPolicy: '関数のリソースベースポリシー',
      executionRole: '実行ロール (アイデンティティベース)',
      callerIdentity: '呼び出し元のアイデンティティベースポリシー',
      sourcePolicy: 'ソース側アカウントのリソースポリシー',
    },
    crossAccount: 'アカウントをまたいでいます: ソースは {{source}}、関数は {{function}} にあります。ポリシーは相手のアカウントを指定します。',
    managed: 'これらのアクションを含むマネージドポリシー: {{name}}',
    policyJson: 'ポリシー JSON',
    cli: 'CLI',
    copy: 'コピー',
    copied: 'コピーしました',
    copyFailed: 'コピーできませんでした。テキストを選択してください',
    without: 'これがないと',
    at: {
      configuration: '設定時に拒否',
      invoke: '呼び出し時に拒否',
      delivery: '配信時に失われる',
      polling: 'ポーリングが止まる',
    },
    revoke: 'いま取り消す',
    revoked: '{{time}} に取り消しました。次のイベントで結果が見えます。',
    revokeHint: '現在のシミュレーション時刻に revokePermission 障害を追加します。',
    role: '実行ロール',
    trust: '信頼ポリシー (Lambda がロールを引き受けられる)',
    resourcePolicy: 'リソースベースポリシー',
    rolePolicy: '実行ロールのポリシー',
    elsewhere: 'このアカウントや関数の外で付与するもの',
    noneResource: 'この関数を呼び出すプッシュ型ソースはありません。リソースベースポリシーは空です。',
  },
}
