import type { Messages } from '../types'

export const runtime: Messages['runtime'] = {
  overlay: '{{node}} の現在の状態',
  eni: 'ENI アタッチ',
  init: '初期化',
  warm: 'ウォーム',
  busy: '実行中',
  envs: '実行環境',
  concurrency: '{{inUse}} / {{reserved}} 使用中',
  concurrencyUnreserved: '{{inUse}} 使用中',
  throttles: 'スロットリング {{count}} 件',
  errors: '失敗 {{count}} 件',
  retrying: '再試行待ち {{count}} 件',
  state: {
    Pending: 'Pending',
    Active: 'Active',
    Inactive: 'Inactive',
  },
  queueDepth: '深さ {{count}}',
  dlqMessages: 'DLQ に {{count}} 件',
  lost: '{{count}} 件消失',
  answered: '応答 {{code}}',
  blocked: 'ブロック中のシャード {{count}} 個',
  iteratorAge: 'イテレーターの経過時間 {{seconds}} 秒',
  tokenLayer: 'サービス間を移動するイベント (描画のみ。内容はイベントログが読み上げます)',
} as const
