import { SCENARIO_FORMAT, type NodeType, type Scenario, type ScenarioNode } from '../model'

/** A new, empty scenario: today's Lambda, one minute of simulated time. */
export function emptyScenario(title = 'Untitled scenario'): Scenario {
  return {
    format: SCENARIO_FORMAT,
    title,
    era: 'current',
    seed: 1,
    durationMs: 60_000,
    nodes: [],
    edges: [],
    traffic: [],
    faults: [],
  }
}

/** Readable id prefixes, so a document written by the canvas reads well by hand (`queue-2`, `function-1`). */
export const ID_PREFIX: Record<NodeType, string> = {
  apiGateway: 'api',
  client: 'client',
  cognito: 'cognito',
  lex: 'lex',
  alexa: 'alexa',
  s3: 'bucket',
  sns: 'topic',
  eventBridge: 'bus',
  cloudWatchLogs: 'logs',
  cloudFormation: 'stack',
  ses: 'ses',
  codeCommit: 'repo',
  config: 'config-rule',
  kinesis: 'stream',
  dynamoDbStream: 'ddb-stream',
  sqs: 'queue',
  lambda: 'function',
  vpc: 'vpc',
  account: 'account',
  rds: 'rds',
  elastiCache: 'cache',
  dynamoDbTable: 'table',
}

/** AWS's documentation example account: a second account for cross-account wiring (§10). */
export const SECOND_ACCOUNT_ID = '111122223333'

/**
 * The node a palette drop creates. Optional settings stay absent (documents are stored as written; defaults are
 * applied by the model's resolve step), except where the format requires a value.
 */
export function newNode(
  type: NodeType,
  id: string,
  position: { x: number; y: number },
  parentId?: string,
): ScenarioNode {
  const base = { id, position, ...(parentId !== undefined && { parentId }) }
  if (type === 'account') return { ...base, type, config: { accountId: SECOND_ACCOUNT_ID } }
  return { ...base, type } as ScenarioNode
}
