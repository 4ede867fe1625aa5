export const canvas = {
  label: 'Architecture canvas',
  emptyTitle: 'Start by adding an event source',
  emptyBody: 'Drag S3, SQS, Kinesis or API Gateway from the palette, then connect it to a Lambda function.',
} as const
