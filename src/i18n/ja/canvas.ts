import type { Messages } from '../types'

export const canvas: Messages['canvas'] = {
  label: 'アーキテクチャ キャンバス',
  emptyTitle: 'まずイベントソースを追加しましょう',
  emptyBody: 'パレットから S3、SQS、Kinesis、API Gateway をドラッグし、Lambda 関数に接続します。',
}
