import type { Scenario } from '../../model'
import { exampleFromSearch } from '../exampleFromUrl'

/**
 * The bundled examples the start page offers, in the order a newcomer meets the ideas (texts: i18n `start.examples`).
 */
export const START_EXAMPLES = [
  's3-dlq',
  'api-gateway',
  'async-destinations',
  'sqs-redrive',
  'kinesis-poison',
  'vpc-2018',
] as const
export type StartExampleId = (typeof START_EXAMPLES)[number]

/** The example's document (bundled, validated like a link's); null if it no longer parses (a test keeps them valid). */
export function loadStartExample(id: StartExampleId): Scenario | null {
  const r = exampleFromSearch(`?example=${id}`)
  return r.kind === 'ok' ? r.scenario : null
}
