/** Lesson 7: environment variables — key rules, reserved keys, 4 KB, KMS and kms:Decrypt. */
export const envVars = {
  title: 'Environment variables and KMS',
  summary:
    'Settings outside the code: which keys you may set, how much fits, and what KMS encryption asks of the execution role.',
  covers: {
    rules: 'Key names: a letter, then letters, digits or _; reserved keys such as AWS_REGION',
    size: 'All variables together fit in 4 KB',
    kms: 'Encryption with KMS, and what a missing kms:Decrypt does to new environments',
  },
  steps: {
    intro:
      'The checkout function reads TABLE_NAME and STAGE from its environment variables instead of hard-coding them. The values are encrypted at rest with a customer managed KMS key.',
    whichKey: 'Which of these keys can you add to the function?',
    size: 'How many bytes may all the variables take together (keys and values)?',
    encryption:
      'Lambda always encrypts variables at rest. With the default AWS managed key (aws/lambda) nothing else is needed. With a customer managed key, Lambda decrypts them for each new execution environment — as the function’s role, which needs kms:Decrypt. With the console’s encryption helpers the handler even receives the ciphertext and decrypts it itself.',
    warm: 'Watch the first call: a new environment decrypts the variables, then the handler runs.',
    predictRevoked:
      'At T+20 s the role loses kms:Decrypt. At T+30 s two buyers call at the same moment: one can use the warm environment, the other needs a new one. What do they get?',
    watchRevoked: 'Watch the two calls at T+30 s.',
    fix: 'Make every call succeed again: give the role kms:Decrypt back (remove the fault), or switch to the AWS managed key. Then press Check.',
    sandbox:
      'The canvas is yours. Edit the variables on the function’s panel: try a reserved key, a one-letter key, or a value that pushes the total past 4 KB.',
  },
  options: {
    awsRegion: 'AWS_REGION',
    tableName: 'TABLE_NAME',
    x: 'X',
    both: 'Both get an error',
    newOnly: 'Only the one that needs a new environment fails',
    none: 'Both succeed: the values were decrypted long ago',
  },
  units: {
    bytes: 'bytes',
  },
  explain: {
    keys: 'AWS_REGION is reserved (Lambda sets it), and a key needs at least two characters: a letter, then letters, digits or _. TABLE_NAME is fine.',
    size: '{{bytes}} bytes for the whole map, keys and values together; an update that goes over is rejected and the function keeps its old variables.',
    revoked:
      'A warm environment already has its variables. A new one must decrypt them first: without kms:Decrypt Lambda refuses the invoke with KMSAccessDeniedException ({{lambdaStatus}}), and API Gateway gives its caller {{status}}.',
  },
  task: {
    pass: 'Every call succeeded: no environment failed to decrypt its variables.',
    fail: 'Calls still failing with KMSAccessDeniedException: {{failed}}.',
  },
} as const
