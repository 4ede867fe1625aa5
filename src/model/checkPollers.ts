import type { EdgeConfig } from './edges.ts'
import { error, type Issue } from './issues.ts'

/**
 * §16.8 SQS provisioned mode (ProvisionedPollerConfig): SQS mappings only, not in 2018 (Nov 2025), not together with
 * ScalingConfig.MaximumConcurrency, and MinimumPollers no larger than MaximumPollers. Each error points at the field.
 */
export function checkPollers(c: EdgeConfig, at: readonly (string | number)[], fromType: string, era: string): Issue[] {
  const issues: Issue[] = []
  const fields = (['minimumPollers', 'maximumPollers'] as const).filter((k) => c[k] !== undefined)
  if (fields.length === 0) return issues
  const first = fields[0]!
  if (fromType !== 'sqs') {
    issues.push(
      error(
        [...at, first],
        'esm.pollersSqsOnly',
        'Provisioned pollers are for SQS mappings here; Kinesis and DynamoDB Streams mappings do not have them.',
        { ref: '§16.8' },
      ),
    )
    return issues
  }
  if (era === '2018')
    issues.push(
      error(
        [...at, first],
        'era.provisionedPollers',
        'Provisioned mode for SQS did not exist in 2018: it came in Nov 2025.',
        { params: { arrivedMonth: '2025-11' }, ref: '§16.8' },
      ),
    )
  if (c.maxConcurrency !== undefined)
    issues.push(
      error(
        [...at, 'maxConcurrency'],
        'esm.pollersWithMaxConcurrency',
        'Provisioned mode (pollers) and maximum concurrency cannot be set together: choose one.',
        { ref: '§16.8' },
      ),
    )
  if (c.minimumPollers !== undefined && c.maximumPollers !== undefined && c.minimumPollers > c.maximumPollers)
    issues.push(
      error(
        [...at, 'minimumPollers'],
        'esm.pollersMinAboveMax',
        `MinimumPollers (${c.minimumPollers}) is above MaximumPollers (${c.maximumPollers}).`,
        {
          params: { minimumPollers: c.minimumPollers, maximumPollers: c.maximumPollers },
          ref: '§16.8',
        },
      ),
    )
  return issues
}
