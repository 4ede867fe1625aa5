import type { z } from 'zod'
import type { trafficSchema } from './traffic.schema.ts'

export type Traffic = z.infer<typeof trafficSchema>
