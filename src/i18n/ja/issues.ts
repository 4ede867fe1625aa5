import type { Messages } from '../types'

/** モデルの問題（issueCodes.ts）。コードごとに 1 文。{{…}} は問題の params と同じ名前。参照（§）は UI が付ける。 */
export const issues: Messages['issues'] = {
  withRef: '{{sentence}}（{{ref}}）',
  withKind: '{{kind}}（{{message}}）',
  quoted: '「{{value}}」',
  types: {
    string: '文字列',
    number: '数値',
    int: '整数',
    boolean: 'true か false',
    array: 'リスト',
    object: 'オブジェクト',
    null: 'null',
  },
  values: {
    edge: '接続',
    none: '役割なし',
    noRoleFits: 'この 2 つに合う役割はありません',
  },
  kinds: {
    schema: {
      invalid_type: '型が違うか、値がありません',
      too_big: '大きすぎます',
      too_small: '小さすぎます',
      invalid_format: '形式が違います',
      not_multiple_of: '刻みに合っていません',
      unrecognized_keys: '不明なフィールドです',
      invalid_union: '不明な種類です',
      invalid_key: '使えないキーです',
      invalid_element: '使えない要素です',
      invalid_value: '使えない値です',
      custom: '使えません',
      unreadable: '読み取れません',
    },
    json: { syntax: 'JSON として読めません' },
    file: { tooLarge: 'ファイルが大きすぎます', empty: 'ファイルが空です', unreadable: 'ファイルを読み取れません' },
    example: { unknown: '不明な例', era: '不明な時代' },
    link: {
      version: '不明なリンク形式',
      encoding: 'リンクに使えない文字',
      corrupt: '壊れたリンク',
      tooLong: 'リンクが長すぎます',
      tooLarge: 'リンクが大きすぎます',
      payload: 'シナリオのリンクではありません',
      param: 'リンクの設定が不正です',
    },
    autosave: { envelope: '保存されたシナリオの形式ではありません' },
  },
  text: {
    file: {
      tooLarge: 'ファイルは {{sizeMb}} MB あり、上限の {{limitMb}} MB を超えています。',
      empty: 'ファイルが空です。',
      unreadable: 'ファイルを読み取れませんでした。',
    },
    autosave: { envelope: '保存されていたコピーは Lambdascope が保存する形式ではありません。' },
    link: {
      version: 'このリンクの形式は「{{version}}」です。この版の Lambdascope が読めるのは形式 {{supported}} です。',
      encoding:
        'リンクのシナリオ部分の {{position}} 文字目に使えない文字があります。貼り付けたときに変わった可能性があります。',
      corrupt: 'リンクのシナリオ部分が途中で切れているか壊れています。リンク全体をもう一度コピーしてください。',
      tooLong:
        'リンクの長さは {{length}} 文字で、上限の {{limit}} 文字を超えています。ファイルとして保存してください。',
      tooLarge: 'リンクのシナリオは展開すると {{limitMb}} MB を超えます。',
      payload: 'このリンクには Lambdascope のシナリオが含まれていません。',
      param: '「{{name}}」に「{{value}}」は指定できません。{{expected}} を指定してください。',
    },
    example: {
      unknown: '「{{name}}」という例はありません。次のいずれかを指定してください: {{names}}。',
      era: '「{{era}}」という時代はありません。{{eras}} のいずれかを指定してください。',
    },
    json: { syntax: '正しい JSON ではありません（{{detail}}）。' },
    id: { reserved: '「{{id}}」は予約されています（オブジェクトの内部名と衝突します）。別の ID にしてください。' },
    key: { reserved: '「{{key}}」はキーに使えません。オブジェクトの内部名と衝突します。' },
    document: {
      tooDeep: 'ここで入れ子が {{maxDepth}} 段を超えています。この形式にそこまで深いフィールドはありません。',
    },
    payload: {
      tooDeep: 'ペイロードの入れ子がここで {{maxDepth}} 段を超えています。',
      tooLarge: 'ペイロードは JSON で {{bytes}} バイトを超えます。上限は {{maxBytes}} バイトです。',
    },
    schema: {
      too_big: '大きすぎます。{{maximum}} 以下にしてください。',
      too_small: '小さすぎます。{{minimum}} 以上にしてください。',
      invalid_type: '型が違うか、値がありません。{{expectedType}}にしてください。',
      invalid_value: '使えない値です。{{allowedValues}}のいずれかにしてください。',
      invalid_union: '不明な {{field}} です。{{allowedValues}}のいずれかにしてください。',
      unrecognized_keys: 'ここにはないフィールドです：{{fields}}。',
    },
    node: {
      duplicateId: 'ID が「{{nodeId}}」のノードはすでにあります。',
      unknownParent: 'ID が「{{nodeId}}」のノードはないため、親にできません。',
      parentNotGroup: '親にできるのは VPC か AWS アカウントのノードだけです。',
      notInVpc: '{{nodeType}} は VPC の中で動くものではありません。枠の中に置いても見た目だけです。',
    },
    lambda: {
      timeoutWholeSeconds: 'タイムアウト（{{timeoutMs}} ms）は秒単位で設定します。1,000 ms の倍数にしてください。',
      provisionedOverReserved:
        'プロビジョニングされた同時実行（{{provisioned}}）は、予約された同時実行（{{reserved}}）を超えられません。',
      vpcStateWithoutVpc: 'VPC の状態が意味を持つのは、VPC の中にある関数だけです。',
      oneDlq: 'この関数にはすでに DLQ があります。関数に設定できる DLQ は 1 つです。',
      oneDestination: 'この関数にはすでに{{role}}があります。成功時・失敗時の送信先はそれぞれ 1 つです。',
      selfDestination:
        'AWS はこの設定を拒否します：“You can’t specify the function as a destination for itself”（自分自身を{{role}}にすると、際限なく自分を呼び出します）。',
    },
    vpc: {
      noNat:
        'この VPC には NAT ゲートウェイがありません。インターネットへの呼び出しは、関数がタイムアウトするまで応答がありません。',
    },
    apiGateway: {
      timeoutMax: 'REST 統合のタイムアウトは最大 29 秒です（50 ms〜29 秒）。',
      raisedTimeout:
        '29 秒を超えるにはクォータの引き上げが必要です（リージョン REST API とプライベート REST API のみ、2024 年 6 月以降）。',
    },
    concurrency: {
      unreservedFloor:
        'アカウントの同時実行 {{accountLimit}} のうち {{reserved}} が予約されています。100 以上は予約せずに残す必要があるため、予約できるのは {{maxReserved}} までです。',
    },
    env: {
      reservedKey: '{{key}} は Lambda が予約しているため設定できません。',
      badKey: '「{{key}}」は無効なキーです。英字で始め、英数字と _ だけを使って {{minLength}} 文字以上にしてください。',
      tooLarge:
        '{{maxBytes}} バイトを超えています（{{bytes}} バイト、マップ全体をコンパクトな JSON にした大きさ）。Lambda は変更全体を拒否します。',
    },
    traffic: {
      unknownSource: 'ID が「{{nodeId}}」のノードはありません。',
      notASource:
        '{{nodeType}} からはイベントを始められません。ソース（クライアント、S3、キューなど）から始めてください。',
      unwired: '{{nodeId}} はどの関数にも接続されていないため、イベントはどこにも届きません。',
      partitionKeysIgnored:
        'パーティションキーが意味を持つのは、ストリーム（Kinesis、DynamoDB Streams）のレコードだけです。',
      untilBeforeStart: 'untilMs（{{untilMs}} ms）が startMs（{{startMs}} ms）より前になっています。',
    },
    fault: {
      unknownTarget: 'ID が「{{targetId}}」のノードも接続もありません。',
      permissionEdge: '{{permission}} はこの接続（{{role}}）の権限ではありません。',
      badTarget: '{{faultKind}} 障害の対象にできるのは {{allowedTypes}} だけです（{{nodeType}} は対象外）。',
      attemptRange: 'toAttempt（{{toAttempt}}）が fromAttempt（{{fromAttempt}}）より前になっています。',
      poisonWhich: 'ポイズンレコードは、キーかインデックスのどちらか一方で指定してください。',
    },
    edge: {
      selfType: '{{from}} を {{to}} に接続することはできません。',
      triggerNotLambda: 'トリガーの接続先は Lambda 関数でなければなりません。',
      polledAsTrigger: '{{from}} はイベントをプッシュしません。Lambda がイベントソースマッピングでポーリングします。',
      notASource: '{{from}} は Lambda 関数を呼び出せません。',
      esmNotLambda: 'イベントソースマッピングの接続先は Lambda 関数でなければなりません。',
      esmNotPolled:
        'Lambda がポーリングするのは Kinesis、DynamoDB Streams、SQS だけです。{{from}} は関数を自分で呼び出します（トリガー）。',
      redriveNotSqs: 'キューのリドライブ DLQ は別の SQS キューでなければなりません（{{to}} は不可）。',
      dlqFromNonLambda:
        'DLQ を持てるのは関数（非同期呼び出し）か SQS キュー（リドライブ）だけです。{{from}} は持てません。',
      dlqTarget: '{{to}} は DLQ になれません。関数の DLQ は SQS キューか SNS トピックでなければなりません。',
      streamOnSuccess: 'ストリームのイベントソースマッピングには失敗時の送信先しかありません。',
      streamFailureTarget:
        'ストリームの失敗時送信先は SQS キュー、SNS トピック、S3 バケットのいずれかです（{{to}} は不可）。',
      sqsDestination:
        'SQS から呼ばれる関数の失敗は、送信元キューのリドライブ DLQ に送られます。SQS マッピングに送信先はありません。',
      destinationFrom: '送信先は関数の非同期呼び出しのものです。{{from}} には設定できません。',
      destinationTarget:
        '{{to}} は送信先になれません。SQS キュー、SNS トピック、Lambda 関数、EventBridge バスを使ってください。',
      s3OnSuccess: 'S3 バケットは失敗時の送信先にしかなれません。',
      accessFromNonLambda: 'データストアを読み書きするのは関数だけです。',
      streamEnds:
        'ストリームの接続は DynamoDB テーブルからその DynamoDB ストリームへ向かいます（{{from}} から {{to}} は不可）。',
      accessTarget: 'アクセスの接続先は RDS、ElastiCache、DynamoDB テーブルのいずれかです（{{to}} は不可）。',
      writesFromNonLambda: 'バケット、キュー、トピックへの書き込みができるのは関数だけです。',
      writesTarget: '関数の書き込み先は S3 バケット、SQS キュー、SNS トピックのいずれかです（{{to}} は不可）。',
      duplicateId: 'ID が「{{edgeId}}」の接続はすでにあります。',
      unknownNode: 'ID が「{{nodeId}}」のノードはありません。',
      roleNeeded: 'この {{from}} → {{to}} の接続の役割を指定してください：{{roles}}。',
      fieldNotForRole: '{{field}} はこの接続（{{role}}、{{from}} から）には使えません。',
      crossAccount:
        'クロスアカウントです。{{from}} はアカウント {{account}} にあります。関数のリソースポリシーでそのアカウントを許可する必要があります（マッピングの場合は、ソース側のポリシーで関数の実行ロールを許可します）。',
      fifoTarget: 'FIFO キューは関数の DLQ にも送信先にもなれません。',
      redriveFifoMismatch:
        'FIFO キューのデッドレターキューも FIFO でなければならず、標準キューのものは標準キューでなければなりません。',
      unknownMapping: '「{{mappingId}}」は {{nodeId}} のイベントソースマッピングではありません。',
    },
    dlq: {
      onlyAsync:
        '関数の DLQ が受け取るのは非同期呼び出しだけです。この関数は SQS マッピングから呼ばれるため、失敗したメッセージは送信元キューのリドライブ DLQ に送られます。',
    },
    access: {
      notSameVpc: '関数が {{to}} と同じ VPC にありません。接続はタイムアウトまで待ち続けます。',
      noSgRule:
        '{{to}} のセキュリティグループが「{{securityGroup}}」からの受信を許可していません。接続はタイムアウトします。',
    },
    esm: {
      crossAccountRefused:
        'CreateEventSourceMapping が拒否されます: InvalidParameterValueException “The provided execution role does not have permissions to call ReceiveMessage on SQS”。アカウント {{account}} のキュー {{queueId}} のポリシーで、{{roleArn}} に sqs:ReceiveMessage、sqs:DeleteMessage、sqs:GetQueueAttributes を許可する必要があります。',
      streamOnly: '{{field}} は Kinesis と DynamoDB Streams のマッピング専用です（SQS には使えません）。',
      fifoBatch: 'FIFO キューのバッチは最大 10 件です（{{batchSize}} 件は不可）。',
      sqsBatchWindow:
        'SQS のバッチを 10 件より大きく（{{batchSize}} 件に）するには、バッチウィンドウを 1 秒以上にする必要があります。',
      visibilityBelowTimeout:
        'AWS はこのマッピングを拒否します。キューの可視性タイムアウト（{{visibilitySeconds}} 秒）が関数のタイムアウト（{{timeoutSeconds}} 秒）より短いためです。',
      sqsOnly: 'maxConcurrency は SQS のマッピング専用です。',
      ddbAtTimestamp: 'DynamoDB Streams の開始位置は TRIM_HORIZON か LATEST だけです（AT_TIMESTAMP は不可）。',
      pollersSqsOnly:
        'プロビジョンドポーラーは SQS のマッピング専用です。Kinesis と DynamoDB Streams のマッピングにはありません。',
      pollersWithMaxConcurrency:
        'プロビジョンドモード（ポーラー）と最大同時実行数は同時に設定できません。どちらか一方を選んでください。',
      pollersMinAboveMax: '最小ポーラー数（{{minimumPollers}}）が最大ポーラー数（{{maximumPollers}}）を超えています。',
    },
    era: {
      memory2018: '2018 年のメモリは 128〜3,008 MB、64 MB 単位でした。{{memoryMb}} MB は設定できません。',
      asyncConfig:
        '2018 年にはありませんでした。非同期呼び出しの再試行回数と最大イベント経過時間の設定は {{arrivedMonth}}に追加されました。',
      provisioned: '2018 年にはありませんでした。プロビジョニングされた同時実行は {{arrivedMonth}}に追加されました。',
      recursiveLoop:
        '2018 年にはありませんでした。再帰ループの検出は {{arrivedMonth}}に追加されました（当時のループは、誰かが請求書に気付くまで続きました）。',
      functionStates:
        '2018 年にはありませんでした。関数の状態（Pending/Inactive）は {{arrivedMonth}}に追加されました。',
      httpApi: '2018 年にはありませんでした。HTTP API は {{arrivedMonth}}に追加されました。',
      eniAttachIgnored:
        '現在は使われません。Hyperplane ENI は事前に作られるため、コールドスタートで ENI を待つことはありません。',
      kinesisRetention: '2018 年の Kinesis の保持期間は最長 7 日（168 時間）でした。',
      streamDestination: 'ストリームの失敗時送信先は 2018 年にはありませんでした（{{arrivedMonth}}に追加）。',
      provisionedPollers: 'SQS のプロビジョンドモードは 2018 年にはありませんでした（{{arrivedMonth}}に追加）。',
      s3Destination: 'S3 バケットを失敗時の送信先にする機能は 2018 年にはありませんでした（{{arrivedMonth}}に追加）。',
      destinations:
        '非同期呼び出しの送信先は 2018 年にはありませんでした（{{arrivedMonth}}に追加）。DLQ を使ってください。',
      sqsBatch: '10 件を超える SQS のバッチは 2018 年にはありませんでした（{{arrivedMonth}}に追加）。',
      maxConcurrency: 'SQS の最大同時実行数の設定は 2018 年にはありませんでした。',
      partialBatch:
        'バッチの一部だけを失敗として返す仕組みは 2018 年にはありませんでした（SQS では {{arrivedMonth}}に追加）。',
      streamSetting:
        '{{field}} は 2018 年にはありませんでした。ストリームのエラー処理の設定は {{arrivedMonth}}に追加されました（バッチの一部失敗の報告は 2020 年）。',
    },
  },
}
