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
    crossAccount:
      'アカウントをまたいでいます: ソースは {{source}}、関数は {{function}} にあります。ポリシーは相手のアカウントを指定します。',
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
  crossGrant: {
    title: 'クロスアカウントの許可 (§10)',
    needs: {
      invoke:
        '{{source}} はアカウント {{sourceAccount}}、{{function}} は {{functionAccount}} にあります。関数のリソースベースポリシーで {{principal}} を指定する必要があります。',
      mapping:
        'キュー {{source}} はアカウント {{sourceAccount}}、{{function}} は {{functionAccount}} にあります。キューのポリシー（{{sourceAccount}} 側）で実行ロール {{principal}} に sqs:ReceiveMessage、sqs:DeleteMessage、sqs:GetQueueAttributes を許可する必要があります。',
    },
    granted: {
      invoke: '許可あり: ステートメントがあるので、別アカウントのイベントが関数に届きます。',
      mapping: '許可あり: キューのポリシーがロールを指定しているので、マッピングが作成されポーリングします。',
    },
    refused: {
      invoke: '許可なし: 別アカウントからの呼び出しはすべて拒否され (AccessDeniedException)、関数は実行されません。',
      mapping:
        '許可なし: CreateEventSourceMapping が拒否されるため、許可を追加するまでシナリオを実行できません。AWS の応答:',
    },
    add: '許可を追加',
    remove: '許可を削除',
  },
  invocation: {
    title: 'ハンドラーが受け取ったもの',
    hint: 'ログでイベントを選ぶと、そのハンドラーが受け取ったイベントとコンテキストオブジェクトが表示されます。',
    choose: '呼び出し',
    option: '試行 {{attempt}} · {{fn}} · {{requestId}} · {{result}}',
    results: { success: '成功', error: 'エラー', timeout: 'タイムアウト', running: '実行中' },
    notYet: 'この時点ではまだ呼び出されていません。',
    none: 'このイベントは関数を呼び出していません (拒否、スロットリング、または移動中)。',
    event: 'イベント ({{source}})',
    batch: '{{source}} からの {{count}} 件のレコードのバッチ',
    context: 'コンテキストオブジェクト',
    runtime: 'ランタイム',
    remaining: '残り時間 (シミュレーション)',
    remainingHelp: 'ハンドラーの実行中、関数のタイムアウトからシミュレーション時間で減っていきます。',
    messages: 'このイベントについて書かれたメッセージ',
    noMessages: 'このイベントの DLQ メッセージや送信先レコードは (まだ) ありません。',
    messageTo: '{{role}} → {{target}}',
    roles: {
      dlq: 'デッドレターキューのメッセージ',
      onSuccess: '成功時の送信先レコード',
      onFailure: '失敗時の送信先レコード',
      other: 'メッセージ',
    },
    simplified: 'ID・ハッシュ・署名は固定の代用値で、AWS の値ではありません。',
  },
  export: {
    title: 'ローカル単体テスト',
    hint: 'ハンドラーのスタブ、このイベントの event.json、偽のコンテキスト、{{command}} で動くテストです。AWS アカウントもインストールも不要です。',
    zip: 'テストをダウンロード (.zip)',
    files: 'ファイル',
    downloaded: '{{name}} をダウンロードしました',
  },
  env: {
    title: 'ハンドラーから見た環境変数',
    key: 'キー: {{key}}',
    managed: 'AWS マネージドキー (aws/lambda): ハンドラーの実行前に Lambda が復号します。追加の権限は不要です。',
    customer:
      'カスタマーマネージドキー: 実行ロールにそのキーへの kms:Decrypt が必要です。ないと新しい実行環境は復号できず、新しい環境が必要な呼び出しは KMSAccessDeniedException (502。API Gateway の背後ではクライアントに 500) で失敗します。ウォームな環境は復号済みの値を使い続けます。',
    none: '環境変数はありません。',
    plaintext: '保存時の暗号化のみ (Lambda が復号)',
    ciphertext: '暗号化ヘルパー使用時 (コードが kms:Decrypt を呼ぶ)',
    standIn: '暗号文は固定の代用値で、実際の KMS の出力ではありません。',
  },
}
