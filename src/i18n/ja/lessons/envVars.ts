import type { Messages } from '../../types'

/** レッスン 7：環境変数。キーのルール、予約済みキー、4 KB、KMS と kms:Decrypt。 */
export const envVars: Messages['lessons']['envVars'] = {
  title: '環境変数と KMS',
  summary: 'コードの外に置く設定です。設定できるキー、入る量、KMS による暗号化が実行ロールに求めること。',
  covers: {
    rules: 'キー名：英字で始まり、英字・数字・_ が続く。AWS_REGION などの予約済みキー',
    size: 'すべての変数を合わせて 4 KB に収まる',
    kms: 'KMS による暗号化と、kms:Decrypt がないと新しい実行環境に何が起きるか',
  },
  steps: {
    intro:
      'checkout 関数は TABLE_NAME と STAGE をコードに書き込まず、環境変数から読みます。値はカスタマー管理の KMS キーで保存時に暗号化されています。',
    whichKey: '次のキーのうち、関数に追加できるのはどれですか？',
    size: 'すべての変数（キーと値）を合わせて何バイトまで使えますか？',
    encryption:
      'Lambda は変数を保存時に必ず暗号化します。デフォルトの AWS マネージドキー（aws/lambda）なら他に何も要りません。カスタマー管理キーの場合、Lambda は新しい実行環境ごとに関数のロールとして復号するので、ロールに kms:Decrypt が必要です。コンソールの暗号化ヘルパーを使うと、ハンドラーは暗号文を受け取って自分で復号します。',
    warm: '最初の呼び出しを見てみましょう。新しい実行環境が変数を復号してから、ハンドラーが動きます。',
    predictRevoked:
      'T+20 秒にロールから kms:Decrypt が外されます。T+30 秒に 2 人の購入者が同時に呼び出します。1 人はウォームな実行環境を使え、もう 1 人は新しい実行環境が必要です。それぞれ何が返るでしょうか？',
    watchRevoked: 'T+30 秒の 2 つの呼び出しを見てみましょう。',
    fix: 'すべての呼び出しが再び成功するようにしてください。ロールに kms:Decrypt を戻す（障害を削除する）か、AWS マネージドキーに切り替えます。それから「確認」を押してください。',
    sandbox:
      'ここからは自由に試せます。関数のパネルで変数を編集してみましょう。予約済みキー、1 文字のキー、合計が 4 KB を超える値などを試してください。',
  },
  options: {
    awsRegion: 'AWS_REGION',
    tableName: 'TABLE_NAME',
    x: 'X',
    both: '両方ともエラーになる',
    newOnly: '新しい実行環境が必要な方だけが失敗する',
    none: '両方成功する：値はとっくに復号済み',
  },
  units: {
    bytes: 'バイト',
  },
  explain: {
    keys: 'AWS_REGION は予約済みです（Lambda が設定します）。キーは 2 文字以上で、英字で始まり英字・数字・_ が続く必要があります。TABLE_NAME は問題ありません。',
    size: 'キーと値を合わせたマップ全体で {{bytes}} バイトです。超える更新は拒否され、関数は元の変数のままです。',
    revoked:
      'ウォームな実行環境はすでに変数を持っています。新しい実行環境はまず復号が必要で、kms:Decrypt がないと Lambda は呼び出しを KMSAccessDeniedException（{{lambdaStatus}}）で拒否し、API Gateway は呼び出し元に {{status}} を返します。',
  },
  task: {
    pass: 'すべての呼び出しが成功しました。変数の復号に失敗した実行環境はありません。',
    fail: 'まだ KMSAccessDeniedException で失敗している呼び出し：{{failed}} 件。',
  },
}
