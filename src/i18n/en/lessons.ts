/** The lesson library, the lesson player, presenter mode, and every lesson's text (one file per lesson). */
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

export const lessons = {
  library: {
    heading: 'Lessons',
    intro: 'Short guided lessons: predict what Lambda will do, then watch the engine do it.',
    minutes: '{{minutes}} min',
    covers: 'What you will see',
    start: 'Start',
    resume: 'Resume (step {{step}} of {{total}})',
    restart: 'Start again',
    done: 'Completed',
    close: 'Close',
    topics: 'Topics',
  },
  topics: {
    invokeStyles: 'Invocation styles',
    pushPoll: 'Push vs poll',
    permissions: 'Permissions',
    localHandler: 'Local handler',
    vpc: 'VPC',
    dynamoStreams: 'DynamoDB Streams',
    envVars: 'Environment variables',
    syncErrors: 'Sync errors',
    asyncErrors: 'Async errors',
    streamErrors: 'Stream errors',
    throttling: 'Throttling',
    sqsSource: 'SQS source',
  },
  player: {
    region: 'Lesson',
    stepOf: 'Step {{step}} of {{total}}',
    presenter: 'Presenter mode',
    library: 'All lessons',
    close: 'Close lesson',
    back: 'Back',
    continue: 'Continue',
    replay: 'Replay step',
    finish: 'Finish',
    sandbox: 'Open this step in the sandbox',
    highlighted: 'On the canvas: {{items}}',
    edgeItem: 'the wire {{from}} → {{to}}',
    shardItem: 'shard {{shard}} of {{node}}',
    logItem: 'event {{event}} in the log',
    playing: 'Playing… it stops at the moment this step is about.',
    stopped: 'Stopped here. Replay the step, or continue.',
    complete: 'Lesson complete. The canvas is yours: change anything and press Play.',
    answer: 'Answer',
    yourAnswer: 'Your answer',
    right: 'Right.',
    wrong: 'Not quite.',
    engineAnswer: 'The engine’s answer: {{answer}}.',
    clickNode: 'Click the node on the canvas, or choose it here:',
    check: 'Check',
    showMe: 'Show me',
    passed: 'Done.',
    notYet: 'Not yet.',
    taskInvalid: 'The canvas has errors, so nothing can run yet. Fix the errors it shows, then check again.',
  },
  presenter: {
    region: 'Presenter mode',
    leave: 'Leave presenter mode (Escape)',
    keys: 'PageDown / → next step · PageUp / ← previous · Space play/pause · J / L seek · + / − speed · B blank · Esc leave',
    blank: 'Screen blanked. Press B or . to show it again.',
    speed: 'Speed {{speed}}×',
    noLesson: 'No lesson open: the caption shows the scenario.',
  },
  units: {
    seconds: 'seconds',
    minutes: 'minutes',
    attempts: 'attempts',
    events: 'events',
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
} as const
