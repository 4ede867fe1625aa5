import type { Messages } from '../types'

export const panel: Messages['panel'] = {
  label: 'インスペクター',
  title: 'インスペクター',
  close: 'インスペクターを閉じる',
  nothingSelected: '何も選択されていません',
  nothingSelectedHint: 'ノードや接続を選択すると、その設定と AWS がどう扱うかが表示されます。',
}
