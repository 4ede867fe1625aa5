/** Shared state of one export: logical ids per node, ARNs as intrinsics, collected resources and notes. */
import { arnOf } from '../../permissions/arns.ts'
import type { ResolvedNode, ResolvedScenario } from '../../resolve.ts'
import type { EdgeConfig } from '../../edges.ts'
import { indexScenario, type ScenarioIndex } from '../../graph.ts'
import type { Scenario } from '../../scenario.ts'
import type { ScenarioNode } from '../../services/index.ts'
import { getAtt, ref, stackGuid, sub, subWith, type Intrinsic } from './intrinsics.ts'
import { LogicalIds } from './logicalIds.ts'
import type { NotExpressed } from './notExpressed.ts'
import { bucketNameParts } from './names.ts'

export type CfnValue = unknown
export interface CfnResource {
  Type: string
  DeletionPolicy?: 'Delete'
  UpdateReplacePolicy?: 'Delete'
  Metadata?: Record<string, unknown>
  Properties?: Record<string, CfnValue>
}

export interface ExportOptions {
  /** Where each function's code is: a stub inline (default) or a folder (`CodeUri`), as the experiment bundle does. */
  codeUri?: string
  /** Extra environment variables per function (the experiment passes its fault plan). */
  extraVariables?: (functionId: string) => Readonly<Record<string, string>>
}

export class ExportContext {
  readonly ids = new LogicalIds()
  readonly resources: Record<string, CfnResource> = {} // safe-keys: logical ids are alphanumeric
  readonly outputs: Record<string, { Description: string; Value: CfnValue }> = {} // safe-keys: logical ids
  readonly notes: NotExpressed[] = []
  private readonly written: ScenarioIndex
  readonly doc: Scenario
  readonly s: ResolvedScenario
  readonly options: ExportOptions

  constructor(doc: Scenario, s: ResolvedScenario, options: ExportOptions) {
    this.doc = doc
    this.s = s
    this.options = options
    this.written = indexScenario(doc)
  }

  /** The node as the document writes it (settings left unset stay AWS's defaults in the template too). */
  writtenNode(id: string): ScenarioNode | undefined {
    return this.written.nodeById.get(id)
  }

  writtenEdgeConfig(id: string): EdgeConfig | undefined {
    return this.written.edgeById.get(id)?.edge.config
  }

  note(n: NotExpressed) {
    if (!this.notes.some((m) => m.code === n.code && m.what === n.what)) this.notes.push(n)
  }

  node(id: string): ResolvedNode | undefined {
    return this.s.nodeById.get(id)
  }

  /** Nodes of another account are not resources of this stack (§10 cross-account): they are named by ARN. */
  inStack(n: ResolvedNode): boolean {
    return n.accountId === this.s.accountId
  }

  logicalId(nodeId: string): string {
    return this.ids.id(`node:${nodeId}`, nodeId)
  }

  add(logicalId: string, r: CfnResource, nodeId?: string, extraMark: Readonly<Record<string, unknown>> = {}) {
    if (nodeId === undefined) {
      this.resources[logicalId] = r
      return
    }
    // Metadata carries the node's id (and label) so an import gives the same scenario back (round trip).
    // The label as written (resolving fills in the id when there is none).
    const label = this.doc.nodes.find((d) => d.id === nodeId)?.label
    const mark = { nodeId, ...(label !== undefined ? { label } : {}), ...extraMark }
    const { Type, Metadata, Properties, ...policies } = r
    this.resources[logicalId] = {
      Type,
      ...policies,
      Metadata: { ...(Metadata ?? {}), Lambdascope: mark },
      ...(Properties ? { Properties } : {}),
    }
  }

  /** The literal ARN Lambdascope gives a node (other accounts; policies before mapping). */
  literalArn(n: ResolvedNode): string {
    return arnOf(n, this.s.region)
  }

  /** A literal ARN of this stack's account and Region written with pseudo parameters. */
  stackArn(n: ResolvedNode): CfnValue {
    const lit = this.literalArn(n)
    if (!this.inStack(n)) return lit
    return sub(lit.replace(`:${this.s.region}:`, ':${AWS::Region}:').replace(`:${n.accountId}:`, ':${AWS::AccountId}:'))
  }

  /** The node's ARN as the template knows it: an attribute of its resource, or a literal in another account. */
  arn(nodeId: string): CfnValue {
    const n = this.node(nodeId)
    if (!n) return nodeId
    if (!this.inStack(n)) return this.literalArn(n)
    const id = this.logicalId(this.resourceNodeOf(nodeId))
    switch (n.type) {
      case 'sns':
        return ref(id)
      case 'dynamoDbStream':
        return getAtt(id, 'StreamArn')
      case 's3':
        return subWith(`arn:\${AWS::Partition}:s3:::${bucketNameParts(this, n.id)}\${Guid}`, { Guid: stackGuid() })
      case 'lambda':
      case 'sqs':
      case 'kinesis':
      case 'dynamoDbTable':
      case 'eventBridge':
      case 'cloudWatchLogs':
      case 'cognito':
        return getAtt(id, 'Arn')
      default:
        return this.stackArn(n)
    }
  }

  /** A DynamoDB stream fed by a table node (`stream` wire) is that table's stream: the table is the resource. */
  resourceNodeOf(nodeId: string): string {
    const n = this.node(nodeId)
    if (n?.type !== 'dynamoDbStream') return nodeId
    const feed = this.s.edges.find(
      (e) => e.role === 'stream' && e.to === nodeId && this.node(e.from)?.type === 'dynamoDbTable',
    )
    return feed?.from ?? nodeId
  }
}

export const seconds = (ms: number) => Math.ceil(ms / 1000)

/** Seconds for a template field, noting when the document's milliseconds were not whole seconds. */
export function secondsOf(ctx: ExportContext, ms: number, what: string, nodeId?: string): number {
  if (ms % 1000 !== 0) ctx.note({ code: 'rounded', what, ...(nodeId !== undefined ? { nodeId } : {}) })
  return seconds(ms)
}

export type { Intrinsic }
