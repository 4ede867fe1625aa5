import type { z } from 'zod'
import type { scenarioSchema } from './scenario.schema.ts'

export const SCENARIO_FORMAT = 'lambdascope/scenario@1'

export type Scenario = z.infer<typeof scenarioSchema>
