import type { z } from 'zod'
import type { faultSchema } from './faults.schema.ts'

export const PERMISSIONS = ['invoke', 'dlqSend', 'destinationSend', 'streamRead', 'queueRead', 'kmsDecrypt'] as const
export type Permission = (typeof PERMISSIONS)[number]

export type Fault = z.infer<typeof faultSchema>
export type FaultKind = Fault['kind']
