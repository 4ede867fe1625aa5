import type { Messages } from '../types'

export const connect: Messages['canvas']['connect'] = {
  menuTitle: 'この関数にとって {{to}} の役割は？',
  cancel: 'キャンセル',
  dialogTitle: '{{from}} の接続先…',
  dialogHint: 'AWS が許可する接続だけを表示しています。',
  noTargets: 'ここから接続できるものはまだキャンバスにありません。',
  close: '閉じる',
  option: '{{to}} — {{role}}',
  connected: '{{from}} を {{to}} に{{role}}として接続しました。',
  refusedTitle: '接続できません',
  noticeTitle: '接続しました（注意）',
  refs: 'AWS Lambda リファレンス {{ref}}',
  dismiss: '閉じる',
  reason: {
    edge_duplicate: 'この 2 つはすでに同じ役割で接続されています。',
    edge_selfLoop: 'ノードを自分自身に接続することはできません。',
    edge_noRole:
      '{{from}} → {{to}} は Lambda が行う接続ではありません。ソースは関数へ、関数は DLQ や送信先へ接続します。',
    edge_joinByNesting: '関数を {{to}} に入れるには、接続ではなく枠の中へドラッグします。',
    edge_unknownNode: 'そのノードはもうありません。',
    edge_roleNeeded: 'この接続の役割を選んでください。',
  },
}
