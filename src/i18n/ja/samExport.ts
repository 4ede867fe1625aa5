import type { Messages } from '../types'

export const samExport: Messages['samExport'] = {
  exportSam: 'SAM テンプレートを書き出す…',
  exportExperiment: '実行できる実験を書き出す…',
  samTitle: 'AWS SAM テンプレート',
  samIntro:
    'キャンバス上のすべてを、sam deploy でデプロイできるテンプレートにします。一方向の書き出しです。読み込み直すと構成は戻りますが、トラフィックや障害は戻りません。',
  yamlLabel: 'template.yaml',
  copy: 'コピー',
  copied: 'テンプレートをクリップボードにコピーしました。',
  copyFailed:
    'ブラウザーがクリップボードを拒否しました。テキストを選択してコピーするか、ファイルをダウンロードしてください。',
  download: 'template.yaml をダウンロード',
  downloaded: '{{name}} をダウンロードしました。',
  experimentTitle: '実行できる実験',
  experimentIntro:
    'このシナリオを自分の AWS アカウントで実行して比べられます。SAM テンプレート、障害のとおりに失敗する handler、イベントを送り AWS の結果を Lambdascope の予測と並べて表示する driver が入っています。',
  experimentSteps:
    '展開して sam build && sam deploy --guided、node driver.mjs --stack <name> を実行し、終わったら sam delete してください。アカウントに実際のリソースが作られます。',
  experimentEvents_one: 'driver は {{count}} 件のイベントを送ります。予測される試行は {{attempts}} 回です。',
  experimentEvents_other: 'driver は {{count}} 件のイベントを送ります。予測される試行は {{attempts}} 回です。',
  experimentFiles: 'zip の中身',
  downloadExperiment: '実験をダウンロード (.zip)',
  cannotRun: 'シナリオにエラーがあるため、比べる予測がありません。先に直してください（キャンバスに一覧があります）。',
  noFunction: 'シナリオに実験できる Lambda 関数がありません。',
  close: '閉じる',
  notExpressedTitle_one: 'テンプレートで表せないもの（{{count}} 件）',
  notExpressedTitle_other: 'テンプレートで表せないもの（{{count}} 件）',
  notExpressedNone: 'キャンバス上のすべてがテンプレートに入っています。',
  notExpressed: {
    traffic:
      'トラフィック「{{what}}」: Lambdascope が送るイベントはテンプレートに含まれません（実験の driver が送ります）。',
    fault: '障害 {{what}}: 注入する失敗は handler のコードにあります（実験の handler が再現します）。',
    era2018: '2018 年の時代設定: テンプレートは現在の Lambda にデプロイされます。2018 年の挙動はデプロイできません。',
    simulatedTiming: '{{what}}: シミュレーション上の時間です。実際の値は AWS が決めます。',
    handlerBehaviour: '{{what}}: handler の動作はコードであり、設定ではありません。',
    vpcState: '{{what}}: 関数の VPC 状態（Pending、Inactive）は AWS が決めるもので、設定ではありません。',
    quota:
      '{{what}}: アカウントまたは VPC のクォータです。Service Quotas で引き上げるもので、テンプレートには入りません。',
    ipCount: '{{what}}: 空き IP アドレス数はサブネットの CIDR サイズで近似しています。',
    streamShards: '{{what}}: テーブルのストリームのシャード数は DynamoDB が決めます。',
    dbConnections: '{{what}}: データベースの接続数の上限はインスタンスクラスで決まります。',
    otherAccount: '{{what}} は別のアカウントにあります。ARN で参照しているので、そのアカウントでデプロイしてください。',
    sourceOutside: '{{what}} はテンプレートの外で設定します。テンプレートには関数の権限だけが入っています。',
    permissionMissing: '接続 {{what}}: 権限がない状態はデプロイできません（SAM がイベントと一緒に権限を付けます）。',
    permissionLeftOut:
      '接続 {{what}}: キャンバスと同じく権限を付けていません（AWS::Lambda::Permission なし）。デプロイすると、シミュレーションどおり呼び出しが拒否されます。',
    writes: '接続 {{what}}: 関数のコードがここに書き込みます。コードはテンプレートに含まれません。',
    rounded: '{{what}}: テンプレートは秒単位なので、秒に切り上げました。',
    singleSubnet:
      '{{what}}: RDS と ElastiCache のサブネットグループには 2 つのアベイラビリティーゾーンのサブネットが必要です。',
  },
}
