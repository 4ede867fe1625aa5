/** The document's zod schema (its type: scenario.ts `Scenario`): for parsing only (#16: not in the first frame). */
import { z } from 'zod'
import { ERAS } from './common.ts'
import { edgeSchema } from './edges.schema.ts'
import { faultSchema } from './faults.schema.ts'
import { SCENARIO_FORMAT } from './scenario.ts'
import { nodeSchema } from './services/schemas.ts'
import { trafficSchema } from './traffic.schema.ts'

/**
 * The public scenario document. Stored as written (optional fields stay absent); `resolveScenario` applies AWS
 * defaults per era. All times are integer milliseconds with `Ms` in the name.
 */
export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  title: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  era: z.enum(ERAS),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  /** When traffic stops (max 30 days). The run goes on until every event has settled, unless `runLimitMs` caps it. */
  durationMs: z
    .number()
    .int()
    .min(1)
    .max(30 * 86_400_000)
    .describe(
      'When traffic stops. The run goes on until every event has settled (at most 30 days) unless runLimitMs caps it.',
    ),
  /** Stop the run here even if events are still pending (default: run until every event has settled). */
  runLimitMs: z
    .number()
    .int()
    .min(1)
    .max(30 * 86_400_000)
    .optional()
    .describe(
      'Stop the run here even if events are still pending; the end of the run then says what was left. ' +
        'Default: run until every event has settled (at most 30 days).',
    ),
  accountId: z
    .string()
    .regex(/^\d{12}$/, { message: 'An AWS account id is 12 digits' })
    .optional(),
  /** §5.3: regional concurrency quota, default 1,000. */
  accountConcurrencyLimit: z.number().int().min(100).max(1_000_000).optional(),
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { message: 'A region looks like us-east-1' })
    .optional(),
  nodes: z.array(nodeSchema).max(500),
  edges: z.array(edgeSchema).max(2000),
  traffic: z.array(trafficSchema).max(1000),
  faults: z.array(faultSchema).max(1000),
})
