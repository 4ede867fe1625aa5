import type { Messages } from '../types'

export const start: Messages['start'] = {
  dialogLabel: 'はじめに',
  title: 'Lambdascope へようこそ',
  intro:
    'イベントソースを Lambda 関数につなぎ、わざと失敗させて、AWS が何をするかを見てみましょう。再試行、dead-letter queue、ブロックされたシャード、スロットリング。',
  close: '閉じる',
  learn: '学ぶ',
  learnHint: 'ガイド付きレッスンとサンプル',
  examplesButton: 'サンプル',
  lessonsHeading: 'レッスン',
  lessonsIntro: '短いガイド付きレッスン。まず予想し、エンジンが答えを見せます。',
  examplesHeading: 'サンプル',
  examplesIntro: 'すぐに動かせるシナリオです。開いて再生を押してください。',
  watch: '見どころ',
  open: '開く',
  openLabel: 'サンプル「{{title}}」を開く',
  emptyHeading: '空のキャンバスから始める',
  emptyBody: 'パレットからソースと関数をドラッグし、つないで、再生を押します。',
  emptyButton: '空のキャンバス',
  emptyKeepButton: '自分のキャンバスに戻る',
  replaceTitle: 'キャンバスを置き換えますか？',
  replaceBody_one:
    'キャンバスには {{count}} 個のサービスがあります。「{{title}}」を開くと置き換わります。元に戻す (Ctrl+Z) で戻せます。先にコピーを保存することもできます。',
  replaceBody_other:
    'キャンバスには {{count}} 個のサービスがあります。「{{title}}」を開くと置き換わります。元に戻す (Ctrl+Z) で戻せます。先にコピーを保存することもできます。',
  saveCopy: '先にコピーを保存',
  replace: 'サンプルを開く',
  cancel: 'キャンセル',
  opened: 'サンプル「{{title}}」を開きました。再生を押して見てみましょう。',
  examples: {
    's3-dlq': {
      title: 'S3 アップロード → 失敗する関数 → DLQ',
      story:
        'サムネイル作成関数がアップロードのたびに失敗します。Lambda は非同期で呼び出し、2 回再試行してからあきらめます。',
      watch: '3 回の試行（1 分後、さらに 2 分後）と、元のイベントが dead-letter queue に届くところ。',
    },
    'api-gateway': {
      title: '遅い関数の前に置いた API Gateway',
      story:
        'クライアントは関数の応答を待つ REST API を呼び出します。失敗する呼び出し、スロットリングされる呼び出し、遅すぎる呼び出しがあります。',
      watch:
        '呼び出し元が受け取るステータスコード: 関数エラーは 502、スロットリングは 500、29 秒を超えると 504。Lambda は再試行しません。',
    },
    'async-destinations': {
      title: '非同期の destination とスロットリング期間',
      story:
        'スケジュールが毎分起動します。結果は成功用のバスか失敗用のキューへ。2 分間、関数がスロットリングされます。',
      watch:
        'スロットリングされたイベントが再試行回数を使わずに待機（1 秒から最大 5 分）し、その後 destination に届くところ。',
    },
    'kinesis-poison': {
      title: 'poison レコードが Kinesis シャードをブロック',
      story: 'あるレコードで関数が必ず例外を投げます。バッチは何度も再試行されます。',
      watch:
        'そのシャードは止まったまま（順序は保たれる）、他のシャードは進みます。実行は途中で止まり、残っている処理を表示します。',
    },
    'sqs-redrive': {
      title: 'SQS の poison メッセージを DLQ へ redrive',
      story: '注文キューが 10 件ずつのバッチでワーカーに渡します。あるメッセージが必ず失敗します。',
      watch: 'メッセージが visibility timeout の後に戻り、3 回受信された後に SQS がキュー自身の DLQ へ移すところ。',
    },
    'vpc-2018': {
      title: '2018 年: VPC 関数は ENI を待つ',
      story: '2018 年には、VPC 関数の新しい実行環境ごとに専用のネットワークインターフェースを接続していました。',
      watch: 'コールドスタートごとの 10 秒の ENI 待ちと、ENI の上限に達して 6 つ目の環境が失敗するところ。',
    },
  },
}
