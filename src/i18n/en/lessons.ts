/** The lesson library, the lesson player, presenter mode, and every lesson's text (one file per lesson). */
import { asyncErrors } from './lessons/asyncErrors'

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
  units: {
    seconds: 'seconds',
    minutes: 'minutes',
    attempts: 'attempts',
    events: 'events',
  },
  asyncErrors,
} as const
