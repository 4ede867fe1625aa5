import type { FunctionHost } from '../functions/host.ts'
import type { Kernel } from '../kernel.ts'
import type { LoopBook } from '../push/loops.ts'
import { emitStep } from './steps.ts'
import { SqsPoller } from './sqsPoller.ts'
import { SqsQueue } from './sqsQueue.ts'
import { StreamSource } from './streamSource.ts'

/**
 * Installs the polled sources (§3, §4): every Kinesis / DynamoDB stream and every SQS queue of the scenario, with
 * their event source mappings. A mapping AWS would refuse at creation (G27: queue visibility timeout below the
 * function timeout) never polls; the trace says why at t=0. `loops` carries the functions' own writes on (§16).
 */
export function installPollers(k: Kernel, fns: FunctionHost, loops: LoopBook | null = null): void {
  const s = k.scenario
  for (const node of s.nodes) {
    if (node.type === 'kinesis' || node.type === 'dynamoDbStream') {
      k.registerIngest(node.id, new StreamSource(k, fns, node, loops))
    } else if (node.type === 'sqs') {
      const q = new SqsQueue(k, node)
      k.registerIngest(node.id, q)
      k.registerSink(node.id, q)
      const poison = k.faults.on(node.id).filter((f) => f.kind === 'poisonRecord')
      for (const edge of s.edges) {
        if (edge.from !== node.id || edge.role !== 'eventSourceMapping' || edge.esm === null) continue
        const fn = fns.fn(edge.to)
        const vis = node.config.visibilityTimeoutMs
        if (vis < fn.cfg.timeoutMs) {
          const message =
            `InvalidParameterValueException: Queue visibility timeout: ${Math.round(vis / 1000)} seconds ` +
            `is less than Function timeout: ${Math.round(fn.cfg.timeoutMs / 1000)} seconds`
          emitStep(k, 'esm.rejected', node.id, edge.id, null, null, { statusCode: 400, message })
          continue
        }
        if (!edge.esm.enabled) {
          emitStep(k, 'esm.disabled', node.id, edge.id, null, null, null)
          continue
        }
        q.tracked = true
        q.listeners.push(new SqsPoller(k, fns, q, edge, fn, poison, loops))
      }
    }
  }
}
