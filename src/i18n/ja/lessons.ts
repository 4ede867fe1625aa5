import type { Messages } from '../types'
import { asyncErrors } from './lessons/asyncErrors'
import { streamErrors } from './lessons/streamErrors'
import { syncErrors } from './lessons/syncErrors'
import { sqsSource } from './lessons/sqsSource'
import { throttling } from './lessons/throttling'
import { invokeStyles } from './lessons/invokeStyles'
import { vpcColdStart } from './lessons/vpcColdStart'
import { permissions } from './lessons/permissions'
import { localHandler } from './lessons/localHandler'
import { writeBehind } from './lessons/writeBehind'
import { envVars } from './lessons/envVars'

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
    close: '閉じる',
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
  player: {
    region: 'レッスン',
    stepOf: 'ステップ {{step}} / {{total}}',
    presenter: 'プレゼンターモード',
    library: 'レッスン一覧',
    close: 'レッスンを閉じる',
    back: '戻る',
    continue: '次へ',
    replay: 'このステップを再生し直す',
    finish: '終了',
    sandbox: 'このステップをサンドボックスで開く',
    highlighted: 'キャンバス上：{{items}}',
    edgeItem: '接続 {{from}} → {{to}}',
    shardItem: '{{node}} のシャード {{shard}}',
    logItem: 'ログのイベント {{event}}',
    playing: '再生中… このステップで見る瞬間に止まります。',
    stopped: 'ここで止まりました。再生し直すか、次へ進んでください。',
    complete: 'レッスン完了です。キャンバスは自由に使えます。何か変えて再生を押してみましょう。',
    answer: '回答する',
    yourAnswer: 'あなたの回答',
    right: '正解です。',
    wrong: '惜しい、不正解です。',
    engineAnswer: 'エンジンの答え：{{answer}}。',
    clickNode: 'キャンバス上のノードをクリックするか、ここから選んでください：',
    check: '確認',
    showMe: 'お手本を見る',
    passed: '達成しました。',
    notYet: 'まだです。',
    taskInvalid:
      'キャンバスにエラーがあるため、まだ実行できません。表示されているエラーを直してから、もう一度確認してください。',
  },
  presenter: {
    region: 'プレゼンターモード',
    leave: 'プレゼンターモードを終了（Escape）',
    keys: 'PageDown / → 次のステップ · PageUp / ← 前 · Space 再生/一時停止 · J / L 移動 · + / − 速度 · B 画面を隠す · Esc 終了',
    blank: '画面を隠しています。B または . で戻ります。',
    speed: '速度 {{speed}}×',
    noLesson: 'レッスンを開いていません。キャプションにはシナリオを表示します。',
  },
  units: {
    seconds: '秒',
    minutes: '分',
    attempts: '回',
    events: '件',
  },
  asyncErrors,
  streamErrors,
  syncErrors,
  sqsSource,
  throttling,
  invokeStyles,
  vpcColdStart,
  permissions,
  localHandler,
  writeBehind,
  envVars,
}
