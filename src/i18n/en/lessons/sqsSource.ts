/** Lesson 12: SQS as an event source. */
export const sqsSource = {
  title: 'SQS as an event source',
  summary: 'Visibility timeout, the queue’s redrive to its DLQ, and partial batch responses.',
  covers: {
    visibility: 'What happens to a failed batch: nothing is deleted, it comes back after the visibility timeout',
    redrive: 'Who moves messages to the DLQ: the queue’s redrive policy, after maxReceiveCount receives',
    partial: 'How ReportBatchItemFailures keeps good messages out of the DLQ',
  },
  steps: {
    intro:
      'An SQS queue feeds a function. Lambda’s event source mapping polls the queue and calls the function synchronously with a batch of up to 5 messages. On success Lambda deletes the batch; on an error it deletes nothing. Five orders arrive; one of them is bad and the function throws on it.',
    firstFailure: 'Watch the first batch: the function throws, so the whole batch failed.',
    predictVisible: 'Nothing was deleted. After how many seconds will these messages be received again?',
    again: 'Watch the messages come back and the batch run again — the four good orders too.',
    predictDlq:
      'The queue’s redrive policy moves a message to its DLQ after 3 receives (maxReceiveCount). Predict where the five messages end.',
    toDlq: 'Let it run to the third receive.',
    whoRedrives: 'Click the node whose redrive policy moved the messages.',
    saveGood:
      'Your task: keep the good orders out of the DLQ. Let the handler report only the message that failed (set the bad record’s response to “Report it as a batch item failure”) and turn on “Report batch item failures” on the event source mapping. Then press Check.',
    sandbox:
      'The canvas is yours. Try a shorter visibility timeout than the function’s timeout, a bigger batch, or maxReceiveCount 1, and watch the receive counts.',
  },
  options: {
    onlyBad: 'Only the bad one in the DLQ; the four good ones are processed',
    all: 'All five in the DLQ',
    none: 'None: they are deleted after 3 tries',
  },
  explain: {
    visible:
      'They came back {{seconds}} s later: the queue’s visibility timeout. Lambda did not delete them, so SQS offered them again.',
    dlq: '{{dlq}} of the {{total}} messages ended in the DLQ: a thrown error fails the whole batch, so every message in it is received again and counts towards maxReceiveCount.',
    redrive:
      'It was “{{label}}”: the redrive policy belongs to the source queue. A function’s own DLQ is only for asynchronous invocations.',
  },
  task: {
    goodInDlq:
      '{{good}} good message(s) still ended in the DLQ. Both are needed: the handler reports the failed message, and the mapping has ReportBatchItemFailures on.',
    lost: '{{lost}} bad message(s) were deleted as if processed and never reached the DLQ: a partial response the mapping does not read counts as success.',
    pass: 'Done: {{done}} good orders processed and deleted, {{dlq}} bad one in the DLQ.',
  },
} as const
