/**
 * Sources a template cannot configure (SES receipt rules, Lex bots, CodeCommit triggers, Config rules, Alexa skills
 * are set up on the service's side): their AWS::Lambda::Permission is all the template says. Such a permission, used
 * by no trigger of the template, becomes the source's node with a granted trigger (§10), noted, instead of vanishing.
 */
import type { NodeType } from '../services/index.ts'
import { str, type ImportBuilder, type Resource } from './builder.ts'

export interface Grant {
  fn: string
  /** The principal's service part (`ses` of `ses.amazonaws.com`), or an account id. */
  principal: string
  source: string | null
  resource: Resource
  /** A trigger of the template matched it. */
  used: boolean
}

const OUTSIDE: Readonly<Record<string, NodeType>> = {
  ses: 'ses',
  lex: 'lex',
  codecommit: 'codeCommit',
  config: 'config',
  'alexa-appkit': 'alexa',
}

export function mapOutsideSources(b: ImportBuilder, unused: readonly Grant[]): void {
  for (const g of unused) {
    const type = OUTSIDE[g.principal]
    if (type === undefined || g.source !== null) continue
    // The source's name: the last part of a literal SourceArn (`…:repository-name`, `…/bot-name`), else the service.
    const arn = str(g.resource.props['SourceArn'])
    const name = arn
      ?.split(/[:/]/)
      .filter((p) => p !== '' && p !== '*')
      .pop()
    const id = b.addNode(g.resource.logicalId, { type }, g.resource.path, name ?? type)
    b.addEdge({ from: id, to: g.fn, role: 'trigger', origin: g.resource.path })
    b.note('outsideSource', { nodeId: id, principal: `${g.principal}.amazonaws.com`, to: g.fn }, [
      ...g.resource.path,
      'Properties',
      'Principal',
    ])
  }
}
