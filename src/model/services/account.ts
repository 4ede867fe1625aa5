import type { z } from 'zod'
import type { accountConfigSchema } from './schemas.ts'

export type AccountConfig = z.infer<typeof accountConfigSchema>
