import type { Messages } from '../../types'

/** レッスン 3：権限。リソースベース（関数ポリシー）とアイデンティティベース（実行ロール）、クロスアカウント。 */
export const permissions: Messages['lessons']['permissions'] = {
  title: '権限：誰が誰を呼び出せるか',
  summary:
    'プッシュ型のソースには関数自身のポリシーのステートメントが、ポーリング型のソースには関数の実行ロールが必要です。アカウントをまたぐと何が変わるかも見ます。',
  covers: {
    resource: 'リソースベース：S3 が関数を呼び出せるようにする関数ポリシー（AddPermission）',
    identity: 'アイデンティティベース：関数がキューを読めるようにする実行ロール',
    crossAccount: '別アカウントのキュー：キュー自身のポリシーが関数のロールを許可する必要がある',
  },
  steps: {
    intro:
      '1 つの関数に 2 つのソースがあります。アップロード用バケットはプッシュします。S3 が関数の Invoke を呼び出します。ジョブ用キューはポーリングされます。Lambda の event source mapping が関数のためにキューを読みます。AWS はそれぞれ別のポリシーを確認します。',
    pushPlace: 'S3 が関数を呼び出します。それを許可する権限はどこに置く必要がありますか？',
    pollPlace:
      '次はキューです。外から関数を呼び出す者はいません。Lambda 自身がキューを読みます。その権限はどこにありますか？',
    bothWork: '両方の権限がそろっていれば、アップロードもジョブも関数に届きます。見てみましょう。',
    predictRevoked:
      'T+10 秒に誰かが aws lambda remove-permission を実行し、バケット用のステートメントを削除しました。T+20 秒に 2 枚目の写真がアップロードされます。どうなるでしょうか？',
    watchRefused: '2 回目のアップロードが関数に届くところを見てみましょう。',
    restore:
      'S3 に権限を戻してください（取り消しの障害を削除するか、ワイヤーのパネルで権限を付与し直す）。アップロードが 1 件も拒否されないようにしてから「確認」を押してください。',
    crossAccount:
      'ジョブ用キューはパートナーのアカウント（キャンバス上のグループ）のものになりました。関数のロールは今も sqs:ReceiveMessage を許可しています。ロールのほかに、どのポリシーが許可する必要がありますか？',
    sandbox:
      'ここからは自由に試せます。ワイヤーの権限を開いてポリシーの JSON と付与する CLI を見たり、障害として権限を取り消したり、ソースを別のアカウントに移したりしてみましょう。',
  },
  options: {
    functionPolicy: '関数のリソースベースのポリシー（AddPermission で追加）',
    executionRole: '関数の実行ロール（アイデンティティベース）',
    sourcePolicy: '別アカウントにあるソース自身のリソースポリシー',
    retried: '権限が戻るまで S3 が再試行する',
    refused: '呼び出しが拒否される（AccessDeniedException）。写真は処理されない',
    runs: '実行される。権限はトリガー作成時に確認済み',
  },
  explain: {
    push: 'S3 はサービスプリンシパル s3.amazonaws.com として Invoke を呼び出すので、関数のリソースベースのポリシーが SourceArn と SourceAccount で絞り込んで許可する必要があります。コンソールでトリガーを作ると追加され、CLI では add-permission で追加します。',
    poll: 'ポーリング型のソースでは、Lambda は関数の実行ロールでキューを読みます。ロールには sqs:ReceiveMessage、DeleteMessage、GetQueueAttributes が必要です（AWSLambdaSQSQueueExecutionRole）。関数ポリシーは関係しません。',
    refused:
      'Lambda は呼び出しのたびにリソースベースのポリシーを確認します。AccessDeniedException で拒否され、ハンドラーに届かなかったアップロード：{{refused}} 件。',
    crossAccount:
      'アカウントをまたぐ場合は両側の許可が必要です。関数のアカウントのロールが操作を許可し、アカウント {{account}} にあるキューのポリシーがそのロールを許可します。',
  },
  task: {
    pass: '{{events}} 件のイベントがすべて関数に届きました。拒否された呼び出しはありません。',
    fail: 'まだ AccessDeniedException で拒否されているアップロード：{{refused}} 件。',
  },
}
