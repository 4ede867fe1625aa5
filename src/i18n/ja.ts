import type { Messages } from './types'

/** 日本語。キーは en.ts と同じでなければならない（型とテストで確認）。 */
export const ja: Messages = {
  app: {
    name: 'Lambdascope',
    tagline: 'AWS Lambda が関数をどう呼び出し、失敗したときに何が起きるのかを見てみましょう。',
    skipToCanvas: 'キャンバスへ移動',
  },
  header: {
    language: '言語',
    darkTheme: 'ダークテーマ',
  },
  canvas: {
    label: 'アーキテクチャ キャンバス',
    emptyTitle: 'まずイベントソースを追加しましょう',
    emptyBody: 'パレットから S3、SQS、Kinesis、API Gateway をドラッグし、Lambda 関数に接続します。',
  },
  flow: {
    nodeHint: 'Enter または Space でノードを選択します。Delete で削除、Escape で取り消します。',
    nodeKeyboardDisabled: 'Enter または Space でノードを選択します。矢印キーで移動、Delete で削除、Escape で取り消します。',
    movedSelection: '選択したノードを{{direction}}に移動しました。新しい位置 x: {{x}}、y: {{y}}',
    edgeHint: 'Enter または Space で接続を選択します。Delete で削除、Escape で取り消します。',
    controls: 'キャンバスの操作',
    zoomIn: '拡大',
    zoomOut: '縮小',
    fitView: '全体を表示',
    interactive: 'キャンバスのロック・解除',
    minimap: 'ミニマップ',
    handle: '接続ポイント',
  },
  panel: {
    label: 'インスペクター',
    title: 'インスペクター',
    nothingSelected: '何も選択されていません',
    nothingSelectedHint: 'ノードや接続を選択すると、その設定と AWS がどう扱うかが表示されます。',
  },
  playback: {
    label: '再生',
    play: '再生',
    pause: '一時停止',
    stepBack: '1 つ戻る',
    stepForward: '1 つ進む',
    simTime: 'シミュレーション時刻',
    speed: '速度',
    idle: 'まだ再生するものがありません。ソースを関数に接続してください。',
  },
}
