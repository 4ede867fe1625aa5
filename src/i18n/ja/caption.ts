import type { Messages } from '../types'

export const caption: Messages['caption'] = {
  label: 'キャプション',
  idle: '再生を押すと、起きたことと、その根拠となるルールがここに表示されます。',
  hide: 'キャプションを隠す',
  show: 'キャプション',
}
