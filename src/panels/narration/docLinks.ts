/**
 * Reference section → the AWS documentation page it cites (docs/aws-rules.md §0: LDG23 `x` lives at
 * https://docs.aws.amazon.com/lambda/latest/dg/x.html). Opened from the log and the statechart.
 */
const DG = 'https://docs.aws.amazon.com/lambda/latest/dg/'

export const DOC_LINKS: Readonly<Record<string, string>> = {
  '§1.1': `${DG}lambda-invocation.html`,
  '§1.2': `${DG}lambda-services.html`,
  '§1.3': `${DG}gettingstarted-limits.html`,
  '§2.1': `${DG}invocation-async-error-handling.html`,
  '§2.2': `${DG}invocation-async-retain-records.html`,
  '§2.3': `${DG}invocation-async-retain-records.html`,
  '§2.4': `${DG}invocation-async-retain-records.html`,
  '§3.1': `${DG}with-kinesis.html`,
  '§3.2': `${DG}kinesis-on-failure-destination.html`,
  '§4.1': `${DG}with-sqs.html`,
  '§4.2': `${DG}services-sqs-scaling.html`,
  '§4.3': `${DG}with-sqs.html`,
  '§5.1': `${DG}invocation-retries.html`,
  '§5.2': `${DG}services-apigateway.html`,
  '§5.3': `${DG}scaling-behavior.html`,
  '§6': `${DG}configuration-function-common.html`,
  '§7.1': `${DG}lambda-runtime-environment.html`,
  '§7.2': `${DG}configuration-vpc.html`,
  '§7.3': `${DG}foundation-networking.html`,
  '§7.4': `${DG}provisioned-concurrency.html`,
  '§7.5': `${DG}configuration-database.html`,
  '§8': `${DG}configuration-envvars.html`,
  '§10': `${DG}access-control-resource-based.html`,
  // §15 records behaviour observed on AWS beyond the docs; the closest page is async error handling.
  '§15': `${DG}invocation-async-error-handling.html`,
}

export function docUrlOf(ref: string): string | null {
  return DOC_LINKS[ref] ?? null
}
