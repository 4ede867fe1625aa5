import { z } from 'zod'
import { nodeBaseShape } from '../common.ts'

/** A group node for another AWS account (cross-account wiring, §10). Children name it as `parentId`. */
export const accountConfigSchema = z.strictObject({
  accountId: z.string().regex(/^\d{12}$/, { message: 'An AWS account id is 12 digits' }),
})
export type AccountConfig = z.infer<typeof accountConfigSchema>

export const accountNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('account'),
  config: accountConfigSchema,
})
