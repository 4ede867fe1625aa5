import type { Messages } from '../types'
import { asyncErrors } from './lessons/asyncErrors'

/** レッスン一覧、レッスンプレーヤー、プレゼンターモード、各レッスンの本文。 */
export const lessons: Messages['lessons'] = {
  library: {
    heading: 'レッスン',
    intro: '短いガイド付きレッスンです。Lambda の動きを予想してから、エンジンの実行で確かめます。',
    minutes: '{{minutes}} 分',
    covers: '学べること',
    start: '始める',
    resume: '続きから（{{total}} ステップ中 {{step}}）',
    restart: '最初から',
    done: '完了',
    topics: 'トピック',
  },
  topics: {
    invokeStyles: '呼び出し方式',
    pushPoll: 'プッシュとポーリング',
    permissions: 'アクセス許可',
    localHandler: 'ローカルのハンドラー',
    vpc: 'VPC',
    dynamoStreams: 'DynamoDB Streams',
    envVars: '環境変数',
    syncErrors: '同期呼び出しのエラー',
    asyncErrors: '非同期呼び出しのエラー',
    streamErrors: 'ストリームのエラー',
    throttling: 'スロットリング',
    sqsSource: 'ソースとしての SQS',
  },
  units: {
    seconds: '秒',
    minutes: '分',
    attempts: '回',
    events: '件',
  },
  asyncErrors,
}
