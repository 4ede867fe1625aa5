import type { Messages } from '../types'

export const faults: Messages['faults'] = {
  menuLabel: '{{time}} に {{target}} へ注入',
  menuAria: '{{target}} の障害',
  wire: 'ワイヤー {{from}} → {{to}}',
  failNext: '次の {{count}} 回の呼び出しを失敗させる',
  failNextOne: '次の 1 回の呼び出しを失敗させる',
  failAlways: 'すべての呼び出しを失敗させる',
  timeout: 'タイムアウトまで実行させる',
  throttle: 'スロットリング (予約同時実行数 0)',
  recover: '回復させる (すべての障害を終了)',
  poisonRecord: '処理できないレコードを追加',
  sendEvent: 'いまイベントを送る',
  revokePermission: '権限を取り消す ({{permission}})',
  nothing: 'ここには注入できるものがありません',
  close: '閉じる',
  hint: '再生中に右クリック、またはノードやワイヤーにフォーカスして Shift+F10 で障害を注入できます',
} as const
