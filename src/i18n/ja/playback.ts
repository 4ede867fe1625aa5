import type { Messages } from '../types'

export const playback: Messages['playback'] = {
  label: '再生',
  play: '再生',
  pause: '一時停止',
  stepBack: '1 つ戻る',
  stepForward: '1 つ進む',
  simTime: 'シミュレーション時刻',
  speed: '速度',
  idle: 'まだ再生するものがありません。ソースを関数に接続してください。',
}
