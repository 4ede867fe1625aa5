import {
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  resolveApiGatewayConfig,
  resolveClientConfig,
  resolveDynamoDbStreamConfig,
  resolveElastiCacheConfig,
  resolveKinesisConfig,
  resolveLambdaConfig,
  resolveRdsConfig,
  resolveSesConfig,
  resolveSqsConfig,
  resolveVpcConfig,
  DEFAULT_MAX_RECEIVE_COUNT,
  esmDefaults,
  esmFieldInEra,
  type EdgeRole,
  type EsmSource,
  type ResolvedEsmConfig,
  type Era,
  type NodeType,
  type ScenarioNode,
} from '../../model'
import type { MessageKey, Messages } from '../../i18n'
import type { FieldPath } from './docPath'
import { legalRoles, mappingsOfSource, REGION_CHOICES, securityGroupsInUse, type ChoiceSource } from './fieldChoices'
import type { DurationUnit } from './units'

/** A value a field can hold as its AWS default; lists (`inboundFrom`) default to a list. */
export type FieldValue = number | string | boolean | null | readonly string[]

/** Why a setting is off in an era: an i18n key under `inspector.era.*` and the reference section. */
export interface EraRule {
  only: Era
  reason:
    | 'asyncConfig'
    | 'provisioned'
    | 'functionStates'
    | 'eniAttach'
    | 'streamSettings'
    | 'partialBatch'
    | 'sqsScaling'
    | 'recursiveLoop'
    | 'sqsPollers'
}

/**
 * One form field. The widget, range and options come from the scenario schema (schemaInfo.ts); this adds what a
 * schema cannot say: the label key, the unit, the AWS default, and era rules with their reason.
 */
export interface FieldSpec {
  /** i18n key under `inspector.fields.*`. */
  id: string
  path: FieldPath
  /**
   * `list`: add/remove rows (string items) or a set of checkboxes (enum items), from the schema's item type.
   * `times` (a list of times in one unit) and `json` (a payload) have their own editors (TimeListField, PayloadEditor).
   */
  widget: 'duration' | 'number' | 'boolean' | 'enum' | 'text' | 'list' | 'times' | 'json'
  /** The label's full i18n key, for fields outside `inspector.fields.*` (traffic and faults: `inputs.fields.*`). */
  label?: MessageKey
  /** A number that may have a fraction (a probability). */
  decimal?: true
  units?: readonly DurationUnit[]
  /** Shown after a number, e.g. MB. */
  suffix?: 'mb'
  /** The AWS default in this era; null = "none". */
  defaultValue: (era: Era, node: ScenarioNode | null) => FieldValue
  era?: EraRule
  /** Range note key under `inspector.range.*` when the era narrows the schema's range. */
  rangeNote?: (era: Era) => string | null
  ref?: string
  /** For numbers where the schema holds a special value (−1 = unlimited). */
  minOverride?: number
  maxOverride?: number
  /**
   * Values taken from the document where the field refers to something on the canvas (security groups functions use,
   * a stream's mappings) or a known set (regions): the options of an `enum`, suggestions for `text` and `list`.
   */
  choices?: ChoiceSource
  /** Text that cannot be empty (the title): clearing it is refused instead of resetting. */
  required?: true
  /** A hint under the field, key under `inspector.notes.*`, when no range or era note says more. */
  note?: keyof Messages['inspector']['notes']
  /** The same as `note`, by full key (traffic and faults). */
  hint?: MessageKey
  /** A list whose absence means something else than "nothing allowed" (no partition keys): what empty reads as. */
  emptyHint?: MessageKey
}

const lambda = (era: Era) => resolveLambdaConfig(undefined, era)
const cfg = (key: string): FieldPath => ['config', key]

/** AWS has no default starting position (stream mappings require one); an empty field reads LATEST here. */
const STARTING_POSITION_FIELD: FieldSpec = {
  id: 'startingPosition',
  path: cfg('startingPosition'),
  widget: 'enum',
  defaultValue: () => esmDefaults('stream').startingPosition,
  ref: '§3.1',
  note: 'startingPositionRequired',
}

const LAMBDA_FIELDS: FieldSpec[] = [
  {
    id: 'timeoutMs',
    path: cfg('timeoutMs'),
    widget: 'duration',
    units: ['s', 'min'],
    defaultValue: (e) => lambda(e).timeoutMs,
    ref: '§6',
  },
  {
    id: 'memoryMb',
    path: cfg('memoryMb'),
    widget: 'number',
    suffix: 'mb',
    defaultValue: (e) => lambda(e).memoryMb,
    ref: '§7.1',
    rangeNote: (e) => (e === '2018' ? 'memory2018' : 'memoryCurrent'),
  },
  {
    id: 'durationMs',
    path: cfg('durationMs'),
    widget: 'duration',
    units: ['ms', 's', 'min'],
    defaultValue: (e) => lambda(e).durationMs,
  },
  {
    id: 'initMs',
    path: cfg('initMs'),
    widget: 'duration',
    units: ['ms', 's'],
    defaultValue: (e) => lambda(e).initMs,
    ref: '§7.1',
  },
  {
    id: 'reservedConcurrency',
    path: cfg('reservedConcurrency'),
    widget: 'number',
    defaultValue: () => null,
    ref: '§5.3',
  },
  {
    id: 'provisionedConcurrency',
    path: cfg('provisionedConcurrency'),
    widget: 'number',
    defaultValue: () => 0,
    ref: '§7.4',
    era: { only: 'current', reason: 'provisioned' },
  },
  {
    id: 'asyncMaxRetryAttempts',
    path: ['config', 'async', 'maxRetryAttempts'],
    widget: 'number',
    defaultValue: (e) => lambda(e).maxRetryAttempts,
    ref: '§2.2',
    era: { only: 'current', reason: 'asyncConfig' },
  },
  {
    id: 'asyncMaxEventAgeMs',
    path: ['config', 'async', 'maxEventAgeMs'],
    widget: 'duration',
    units: ['s', 'min', 'h'],
    defaultValue: (e) => lambda(e).maxEventAgeMs,
    ref: '§2.2',
    era: { only: 'current', reason: 'asyncConfig' },
  },
  { id: 'runtime', path: cfg('runtime'), widget: 'enum', defaultValue: (e) => lambda(e).runtime, ref: '§9' },
  { id: 'callsInternet', path: cfg('callsInternet'), widget: 'boolean', defaultValue: () => false, ref: '§7.3' },
  {
    id: 'securityGroup',
    path: cfg('securityGroup'),
    widget: 'text',
    defaultValue: (e) => lambda(e).securityGroup,
    ref: '§7.5',
    choices: securityGroupsInUse,
    note: 'securityGroup',
  },
  {
    id: 'vpcState',
    path: cfg('vpcState'),
    widget: 'enum',
    defaultValue: (e) => lambda(e).vpcState,
    ref: '§7.3',
    era: { only: 'current', reason: 'functionStates' },
  },
  {
    id: 'vpcPendingMs',
    path: cfg('vpcPendingMs'),
    widget: 'duration',
    units: ['s', 'min'],
    defaultValue: (e) => lambda(e).vpcPendingMs,
    ref: '§7.3',
    era: { only: 'current', reason: 'functionStates' },
    note: 'vpcPending',
  },
  {
    id: 'eniAttachMs',
    path: cfg('eniAttachMs'),
    widget: 'duration',
    units: ['ms', 's'],
    defaultValue: (e) => lambda(e).eniAttachMs,
    ref: '§7.2',
    era: { only: '2018', reason: 'eniAttach' },
  },
  {
    id: 'apiResponse',
    path: cfg('apiResponse'),
    widget: 'enum',
    defaultValue: (e) => lambda(e).apiResponse,
    ref: '§5.2',
  },
  {
    id: 'recursiveLoop',
    path: cfg('recursiveLoop'),
    widget: 'enum',
    defaultValue: (e) => (e === '2018' ? null : lambda(e).recursiveLoop),
    ref: '§16',
    era: { only: 'current', reason: 'recursiveLoop' },
  },
]

export const NODE_FIELDS: Partial<Record<NodeType, FieldSpec[]>> = {
  lambda: LAMBDA_FIELDS,
  sqs: [
    { id: 'fifo', path: cfg('fifo'), widget: 'boolean', defaultValue: (e) => resolveSqsConfig(undefined, e).fifo },
    {
      id: 'visibilityTimeoutMs',
      path: cfg('visibilityTimeoutMs'),
      widget: 'duration',
      units: ['s', 'min', 'h'],
      defaultValue: (e) => resolveSqsConfig(undefined, e).visibilityTimeoutMs,
      ref: '§4.1',
    },
    {
      id: 'messageRetentionMs',
      path: cfg('messageRetentionMs'),
      widget: 'duration',
      units: ['min', 'h'],
      defaultValue: (e) => resolveSqsConfig(undefined, e).messageRetentionMs,
      ref: '§4.1',
    },
  ],
  kinesis: [
    {
      id: 'shardCount',
      path: cfg('shardCount'),
      widget: 'number',
      defaultValue: (e) => resolveKinesisConfig(undefined, e).shardCount,
      ref: '§3.1',
    },
    {
      id: 'retentionMs',
      path: cfg('retentionMs'),
      widget: 'duration',
      units: ['h'],
      defaultValue: (e) => resolveKinesisConfig(undefined, e).retentionMs,
      ref: '§3.1',
      rangeNote: (e) => (e === '2018' ? 'kinesisRetention2018' : 'kinesisRetentionCurrent'),
    },
  ],
  dynamoDbStream: [
    {
      id: 'shardCount',
      path: cfg('shardCount'),
      widget: 'number',
      defaultValue: (e) => resolveDynamoDbStreamConfig(undefined, e).shardCount,
      ref: '§3.1',
    },
    {
      id: 'viewType',
      path: cfg('viewType'),
      widget: 'enum',
      defaultValue: (e) => resolveDynamoDbStreamConfig(undefined, e).viewType,
      ref: '§11',
    },
  ],
  apiGateway: [
    {
      id: 'api',
      path: cfg('api'),
      widget: 'enum',
      defaultValue: (e) => resolveApiGatewayConfig(undefined, e).api,
      ref: '§5.2',
    },
    {
      id: 'payloadFormat',
      path: cfg('payloadFormat'),
      widget: 'enum',
      defaultValue: (e, n) => resolveApiGatewayConfig(n?.type === 'apiGateway' ? n.config : undefined, e).payloadFormat,
      ref: '§5.2',
    },
    {
      id: 'integrationTimeoutMs',
      path: cfg('integrationTimeoutMs'),
      widget: 'duration',
      units: ['ms', 's'],
      defaultValue: (e, n) =>
        resolveApiGatewayConfig(n?.type === 'apiGateway' ? n.config : undefined, e).integrationTimeoutMs,
      ref: '§5.2',
    },
  ],
  client: [
    {
      id: 'invocationType',
      path: cfg('invocationType'),
      widget: 'enum',
      defaultValue: (e) => resolveClientConfig(undefined, e).invocationType,
      ref: '§1.1',
    },
    {
      id: 'retryMaxAttempts',
      path: ['config', 'retry', 'maxAttempts'],
      widget: 'number',
      defaultValue: (e) => resolveClientConfig(undefined, e).maxRetries,
      ref: '§5.1',
      note: 'clientRetry',
    },
    {
      id: 'retryBaseDelayMs',
      path: ['config', 'retry', 'baseDelayMs'],
      widget: 'duration',
      units: ['ms', 's'],
      defaultValue: (e) => resolveClientConfig(undefined, e).baseDelayMs,
      ref: '§5.1',
      note: 'clientBackoff',
    },
  ],
  ses: [
    {
      id: 'invocationType',
      path: cfg('invocationType'),
      widget: 'enum',
      defaultValue: (e) => resolveSesConfig(undefined, e).invocationType,
      ref: '§1.2',
    },
  ],
  vpc: [
    {
      id: 'nat',
      path: cfg('nat'),
      widget: 'boolean',
      defaultValue: (e) => resolveVpcConfig(undefined, e).nat,
      ref: '§7.3',
    },
    {
      id: 'subnetCount',
      path: cfg('subnetCount'),
      widget: 'number',
      defaultValue: (e) => resolveVpcConfig(undefined, e).subnetCount,
    },
    {
      id: 'freeIpCount',
      path: cfg('freeIpCount'),
      widget: 'number',
      defaultValue: (e, n) => resolveVpcConfig(n?.type === 'vpc' ? n.config : undefined, e).freeIpCount,
      ref: '§7.2',
    },
    {
      id: 'eniLimit',
      path: cfg('eniLimit'),
      widget: 'number',
      defaultValue: (e) => resolveVpcConfig(undefined, e).eniLimit,
      ref: '§7.3',
    },
    {
      id: 'gatewayEndpoints',
      path: cfg('gatewayEndpoints'),
      widget: 'list',
      defaultValue: (e) => resolveVpcConfig(undefined, e).gatewayEndpoints,
      ref: '§7.3',
      note: 'gatewayEndpoints',
    },
  ],
  rds: [
    {
      id: 'maxConnections',
      path: cfg('maxConnections'),
      widget: 'number',
      defaultValue: (e) => resolveRdsConfig(undefined, e).maxConnections,
      ref: '§7.5',
    },
    {
      id: 'inboundFrom',
      path: cfg('inboundFrom'),
      widget: 'list',
      defaultValue: (e) => resolveRdsConfig(undefined, e).inboundFrom,
      ref: '§7.5',
      choices: securityGroupsInUse,
      note: 'inboundFrom',
    },
  ],
  elastiCache: [
    {
      id: 'inboundFrom',
      path: cfg('inboundFrom'),
      widget: 'list',
      defaultValue: (e) => resolveElastiCacheConfig(undefined, e).inboundFrom,
      ref: '§7.5',
      choices: securityGroupsInUse,
      note: 'inboundFrom',
    },
  ],
  account: [{ id: 'accountId', path: cfg('accountId'), widget: 'text', defaultValue: () => null, ref: '§10' }],
}

/**
 * A function's edge role (DLQ, on-failure, on-success): only the roles AWS allows for the two ends are offered (§2.2,
 * §2.4).
 */
export const ROLE_FIELD: FieldSpec = {
  id: 'role',
  path: ['role'],
  widget: 'enum',
  defaultValue: () => null,
  ref: '§2.2',
  choices: legalRoles,
}

/** The era rule of a mapping setting, from the model's list of settings that came after 2018 (§12). */
function esmEra(source: EsmSource, field: keyof ResolvedEsmConfig, reason: EraRule['reason']): EraRule | undefined {
  return esmFieldInEra(source, field, '2018') ? undefined : { only: 'current', reason }
}

/** Mapping fields by source kind: SQS refuses the stream-only knobs (§4.1), so they are not offered there. */
export function edgeFields(role: EdgeRole, fromType: NodeType | undefined): FieldSpec[] {
  const permission: FieldSpec = {
    id: 'permission',
    path: ['permission'],
    widget: 'enum',
    defaultValue: () => 'granted',
    ref: '§10',
  }
  if (role === 'eventSourceMapping') {
    const source: EsmSource = fromType === 'sqs' ? 'sqs' : 'stream'
    const isSqs = source === 'sqs'
    // Every default is the model's (esmDefaults): what resolve applies is what the form shows.
    const d = esmDefaults(source)
    const spec = (
      id: keyof ResolvedEsmConfig,
      rest: Omit<FieldSpec, 'id' | 'path' | 'defaultValue'>,
      reason?: EraRule['reason'],
    ): FieldSpec => {
      const era = reason ? esmEra(source, id, reason) : undefined
      return { id, path: cfg(id), defaultValue: () => d[id], ...rest, ...(era ? { era } : {}) }
    }
    const common: FieldSpec[] = [
      spec('batchSize', { widget: 'number', ref: isSqs ? '§4.1' : '§3.1' }),
      spec('maximumBatchingWindowMs', { widget: 'duration', units: ['ms', 's'], ref: isSqs ? '§4.1' : '§3.1' }),
      spec('enabled', { widget: 'boolean', ref: '§3.2' }),
    ]
    if (isSqs)
      return [
        ...common,
        spec('reportBatchItemFailures', { widget: 'boolean', ref: '§4.3' }, 'partialBatch'),
        spec('maxConcurrency', { widget: 'number', ref: '§4.2' }, 'sqsScaling'),
        spec('minimumPollers', { widget: 'number', ref: '§16.8', note: 'pollers' }, 'sqsPollers'),
        spec('maximumPollers', { widget: 'number', ref: '§16.8', note: 'pollers' }, 'sqsPollers'),
        permission,
      ]
    return [
      ...common,
      STARTING_POSITION_FIELD,
      spec('startingPositionTimestampMs', {
        widget: 'duration',
        units: ['s', 'min', 'h'],
        ref: '§3.1',
        note: 'atTimestamp',
      }),
      spec('maxRetryAttempts', { widget: 'number', ref: '§3.2' }, 'streamSettings'),
      spec(
        'maxRecordAgeMs',
        { widget: 'duration', units: ['s', 'min', 'h'], ref: '§3.2', minOverride: -1, maxOverride: 604_800_000 },
        'streamSettings',
      ),
      spec('bisectOnError', { widget: 'boolean', ref: '§3.2' }, 'streamSettings'),
      spec('parallelizationFactor', { widget: 'number', ref: '§3.1' }, 'streamSettings'),
      spec('reportBatchItemFailures', { widget: 'boolean', ref: '§3.2' }, 'streamSettings'),
      permission,
    ]
  }
  if (role === 'onFailure' && (fromType === 'kinesis' || fromType === 'dynamoDbStream'))
    return [
      {
        id: 'mapping',
        path: cfg('mapping'),
        widget: 'enum',
        defaultValue: () => null,
        ref: '§3.2',
        choices: mappingsOfSource,
        note: 'mapping',
      },
      permission,
    ]
  if (role === 'dlq' && fromType === 'sqs')
    return [
      {
        id: 'maxReceiveCount',
        path: cfg('maxReceiveCount'),
        widget: 'number',
        defaultValue: () => DEFAULT_MAX_RECEIVE_COUNT,
        ref: '§4.1',
      },
      permission,
    ]
  return [permission]
}

export const SCENARIO_FIELDS: FieldSpec[] = [
  { id: 'title', path: ['title'], widget: 'text', defaultValue: () => null, required: true },
  { id: 'description', path: ['description'], widget: 'text', defaultValue: () => null },
  { id: 'seed', path: ['seed'], widget: 'number', defaultValue: () => null },
  {
    id: 'scenarioDurationMs',
    path: ['durationMs'],
    widget: 'duration',
    units: ['s', 'min', 'h'],
    defaultValue: () => null,
    note: 'scenarioDuration',
  },
  {
    id: 'scenarioRunLimitMs',
    path: ['runLimitMs'],
    widget: 'duration',
    units: ['s', 'min', 'h'],
    defaultValue: () => null,
    note: 'runLimit',
  },
]

/** The account the scenario runs in: ids, region and the regional concurrency quota (§5.3, §10). */
export const ACCOUNT_FIELDS: FieldSpec[] = [
  {
    id: 'scenarioAccountId',
    path: ['accountId'],
    widget: 'text',
    defaultValue: () => DEFAULT_ACCOUNT_ID,
    ref: '§10',
    note: 'accountId',
  },
  {
    id: 'region',
    path: ['region'],
    widget: 'text',
    defaultValue: () => DEFAULT_REGION,
    ref: '§5.3',
    choices: () => REGION_CHOICES,
    note: 'region',
  },
  {
    id: 'accountConcurrencyLimit',
    path: ['accountConcurrencyLimit'],
    widget: 'number',
    defaultValue: () => 1000,
    ref: '§5.3',
    note: 'accountConcurrencyLimit',
  },
]
