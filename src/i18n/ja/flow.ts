import type { Messages } from '../types'

export const flow: Messages['flow'] = {
  nodeHint: 'Enter または Space でノードを選択します。Delete で削除、Escape で取り消します。',
  nodeKeyboardDisabled:
    'Enter または Space でノードを選択します。矢印キーで移動、Delete で削除、Escape で取り消します。',
  movedSelection: '選択したノードを{{direction}}に移動しました。新しい位置 x: {{x}}、y: {{y}}',
  edgeHint: 'Enter または Space で接続を選択します。Delete で削除、Escape で取り消します。',
  controls: 'キャンバスの操作',
  zoomIn: '拡大',
  zoomOut: '縮小',
  fitView: '全体を表示',
  interactive: 'キャンバスのロック・解除',
  minimap: 'ミニマップ',
  handle: '接続ポイント',
}
