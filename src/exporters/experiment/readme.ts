import { notExpressedLine, type NotExpressed } from '../../model/export/sam/notExpressed.ts'

export interface ReadmeInput {
  title: string
  events: number
  capped: boolean
  outsideHandler: string[]
  notExpressed: NotExpressed[]
}

/** The bundle's README: deploy, run, compare, delete; and what the experiment cannot reproduce. */
export function experimentReadme(i: ReadmeInput): string {
  const lines = [
    `# Lambdascope experiment: ${i.title.replace(/[\r\n]+/g, ' ')}`,
    '',
    'Run the scenario on your own AWS account and compare what AWS does with what Lambdascope predicted.',
    'It creates real resources in your account (and may cost a little): delete the stack when you are done.',
    '',
    '## Needs',
    '- AWS SAM CLI and AWS CLI v2, with credentials for a test account (`aws configure`).',
    '- Node.js 20 or later. Nothing to install with npm: the handler and the driver use only Node.js built-ins.',
    '',
    '## Run it',
    '```sh',
    'sam build',
    'sam deploy --guided            # choose a stack name, e.g. lambdascope-experiment; accept the IAM capabilities',
    'node driver.mjs --stack lambdascope-experiment --region <your-region>',
    'sam delete --stack-name lambdascope-experiment',
    '```',
    '',
    `The driver sends ${i.events} events at the scenario's times` +
      `${i.capped ? ' (the scenario has more; an experiment keeps the first ones)' : ''}, waits for`,
    "retries to settle (`--wait <seconds>` to change), reads each function's `LAMBDASCOPE` log lines " +
      'from CloudWatch Logs',
    'and the SQS queues that are DLQs or destinations, and prints each event: the attempt times Lambdascope predicted',
    'and its fate, next to the attempts AWS made and the queue the event reached.',
    '',
    '## How the handler fails',
    '`src/index.mjs` is one handler for every function. It reads `src/plan.json` (its entry is named by the',
    '`LAMBDASCOPE_FUNCTION` variable) and plays the faults active at the time since the experiment started (the driver',
    'stamps every event): fail always, fail attempts N to M, fail the next N invocations, ' +
      'fail with a probability, hang',
    'into the timeout, return a value, or a poison record (throw, or report it in `batchItemFailures`).',
    '',
    'Attempts are counted from `ApproximateReceiveCount` for SQS; otherwise per request id (async retries keep it) or',
    "per batch's first record, in the memory of the environment: a retry that lands in a new execution environment",
    'counts from 1 again, so "fail attempts" can fail more often on AWS than in the simulation. Timings differ too:',
    "AWS's retry delays are documented as approximate, cold starts are real, and the handler sleeps the scenario's",
    'simulated duration.',
  ]
  if (i.outsideHandler.length > 0)
    lines.push(
      '',
      '## Faults this experiment does not play',
      'They are not handler behaviour; apply them yourself (e.g. `aws lambda put-function-concurrency`):',
      ...i.outsideHandler.map((f) => `- ${f}`),
    )
  if (i.notExpressed.length > 0)
    lines.push('', '## Not expressed in the template', ...i.notExpressed.map((n) => `- ${notExpressedLine(n)}`))
  return lines.join('\n') + '\n'
}
