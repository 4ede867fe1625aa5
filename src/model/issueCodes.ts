import type { z } from 'zod'

/**
 * Every code the model can put on an Issue, with the names of the values (`params`) its sentence needs. The UI
 * translates by code and fills the sentence from `params`, so each name here must appear as {{name}} in both
 * languages (src/panels/inspector/issueTranslations.test.ts) and `error`/`warning` only accept these codes with
 * exactly these params (the compiler checks every call site).
 *
 * How the UI shows a value depends on its name (src/i18n/issueText.ts): numbers are formatted for the locale;
 * `from`, `to`, `nodeType` are node types (shown as service names); `allowedTypes` a comma-separated list of node
 * types; `role` an edge role (or `none`); `roles` a comma-separated list of roles; `arrivedMonth` a `YYYY-MM` month;
 * `expectedType` a JSON type; `allowedValues` a `|`-separated list of JSON values (quoted for the locale); anything
 * else (ids, keys, field names, JSON values) is shown as written.
 */
export const ISSUE_PARAMS = {
  // Reading the document (parse.ts); schema.* codes come from zod and are listed in SCHEMA_ISSUE_CODES.
  'json.syntax': ['detail'],
  // Bounds (limits.ts): keys that collide with object internals, nesting, payload size
  'id.reserved': ['id'],
  'key.reserved': ['key'],
  'document.tooDeep': ['maxDepth'],
  'payload.tooDeep': ['maxDepth'],
  'payload.tooLarge': ['bytes', 'maxBytes'],
  // Nodes (checkNodes.ts)
  'node.duplicateId': ['nodeId'],
  'node.unknownParent': ['nodeId'],
  'node.parentNotGroup': [],
  'node.notInVpc': ['nodeType'],
  'lambda.timeoutWholeSeconds': ['timeoutMs'],
  'lambda.provisionedOverReserved': ['provisioned', 'reserved'],
  'lambda.vpcStateWithoutVpc': [],
  'vpc.noNat': [],
  'apiGateway.timeoutMax': [],
  'apiGateway.raisedTimeout': [],
  'concurrency.unreservedFloor': ['reserved', 'accountLimit', 'maxReserved'],
  'era.memory2018': ['memoryMb'],
  'era.asyncConfig': ['arrivedMonth'],
  'era.provisioned': ['arrivedMonth'],
  'era.functionStates': ['arrivedMonth'],
  'era.httpApi': ['arrivedMonth'],
  'era.eniAttachIgnored': [],
  'era.kinesisRetention': [],
  // Environment variables (envVars.ts)
  'env.reservedKey': ['key'],
  'env.badKey': ['key', 'minLength'],
  'env.tooLarge': ['bytes', 'maxBytes'],
  // Traffic and faults (checkInputs.ts)
  'traffic.unknownSource': ['nodeId'],
  'traffic.notASource': ['nodeType'],
  'traffic.unwired': ['nodeId'],
  'traffic.partitionKeysIgnored': [],
  'traffic.untilBeforeStart': ['untilMs', 'startMs'],
  'fault.unknownTarget': ['targetId'],
  'fault.permissionEdge': ['permission', 'role'],
  'fault.badTarget': ['faultKind', 'allowedTypes', 'nodeType'],
  'fault.attemptRange': ['fromAttempt', 'toAttempt'],
  'fault.poisonWhich': [],
  // Wiring: the rule per node-type pair (connections.ts)
  'edge.selfType': ['from', 'to'],
  'edge.triggerNotLambda': [],
  'edge.polledAsTrigger': ['from'],
  'edge.notASource': ['from'],
  'edge.esmNotLambda': [],
  'edge.esmNotPolled': ['from'],
  'edge.redriveNotSqs': ['to'],
  'edge.dlqFromNonLambda': ['from'],
  'edge.dlqTarget': ['to'],
  'edge.streamOnSuccess': [],
  'era.streamDestination': ['arrivedMonth'],
  'edge.streamFailureTarget': ['to'],
  'era.s3Destination': ['arrivedMonth'],
  'edge.sqsDestination': [],
  'edge.destinationFrom': ['from'],
  'era.destinations': ['arrivedMonth'],
  'edge.destinationTarget': ['to'],
  'edge.s3OnSuccess': [],
  'edge.accessFromNonLambda': [],
  'edge.accessTarget': ['to'],
  'edge.writesFromNonLambda': [],
  'edge.writesTarget': ['to'],
  'era.recursiveLoop': ['arrivedMonth'],
  'edge.streamEnds': ['from', 'to'],
  // Wiring in the document (checkEdges.ts)
  'edge.duplicateId': ['edgeId'],
  'edge.unknownNode': ['nodeId'],
  'edge.roleNeeded': ['from', 'to', 'roles'],
  'edge.fieldNotForRole': ['field', 'role', 'from'],
  'edge.crossAccount': ['from', 'account'],
  'edge.fifoTarget': [],
  'edge.redriveFifoMismatch': [],
  'edge.unknownMapping': ['mappingId', 'nodeId'],
  'lambda.oneDlq': [],
  'lambda.oneDestination': ['role'],
  'lambda.selfDestination': ['role'],
  'dlq.onlyAsync': [],
  'access.notSameVpc': ['to'],
  'access.noSgRule': ['to', 'securityGroup'],
  // Event source mappings (checkEdges.ts)
  'esm.streamOnly': ['field'],
  'esm.crossAccountRefused': ['queueId', 'account', 'roleArn'],
  'esm.fifoBatch': ['batchSize'],
  'esm.sqsBatchWindow': ['batchSize'],
  'esm.visibilityBelowTimeout': ['visibilitySeconds', 'timeoutSeconds'],
  'esm.sqsOnly': [],
  'esm.ddbAtTimestamp': [],
  'era.sqsBatch': ['arrivedMonth'],
  'era.maxConcurrency': [],
  'era.partialBatch': ['arrivedMonth'],
  'era.streamSetting': ['field', 'arrivedMonth'],
  // SQS provisioned mode (checkPollers.ts, §16.8)
  'esm.pollersSqsOnly': [],
  'esm.pollersWithMaxConcurrency': [],
  'esm.pollersMinAboveMax': ['minimumPollers', 'maximumPollers'],
  'era.provisionedPollers': ['arrivedMonth'],
} as const satisfies Record<string, readonly string[]>

/**
 * The app's own codes, for a file, a link or an autosaved copy that cannot be read (src/app): declared beside the
 * model's so that they too must have a sentence in every language (the same compile-time check).
 */
export const APP_ISSUE_PARAMS = {
  'file.tooLarge': ['sizeMb', 'limitMb'],
  'file.empty': [],
  'file.unreadable': [],
  'autosave.envelope': [],
  'example.unknown': ['name', 'names'],
  'example.era': ['era', 'eras'],
  'link.version': ['version', 'supported'],
  'link.encoding': ['position'],
  'link.corrupt': [],
  'link.tooLong': ['length', 'limit'],
  'link.tooLarge': ['limitMb'],
  'link.payload': [],
  'link.param': ['name', 'value', 'expected'],
} as const satisfies Record<string, readonly string[]>
export type AppIssueCode = keyof typeof APP_ISSUE_PARAMS

/** A code the model's semantic check (or JSON reading) produces. */
export type IssueCode = keyof typeof ISSUE_PARAMS
export const ISSUE_CODES = Object.keys(ISSUE_PARAMS) as IssueCode[]

/** The values a code's sentence needs: exactly its declared names, each a string or a number. */
export type IssueParamsOf<C extends IssueCode> = { [K in (typeof ISSUE_PARAMS)[C][number]]: string | number }

export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(ISSUE_PARAMS, code)
}

/**
 * zod's own issue codes, as `schema.<code>` (parse.ts); the record makes the compiler name every code zod can give.
 * Their detail (expected type, limits) stays zod's English and the UI translates the kind. `unreadable` is ours: the
 * schema itself threw.
 */
const SCHEMA_KINDS: Record<z.core.$ZodIssue['code'] | 'unreadable', true> = {
  invalid_type: true,
  too_big: true,
  too_small: true,
  invalid_format: true,
  not_multiple_of: true,
  unrecognized_keys: true,
  invalid_union: true,
  invalid_key: true,
  invalid_element: true,
  invalid_value: true,
  custom: true,
  unreadable: true,
}
export type SchemaIssueCode = `schema.${keyof typeof SCHEMA_KINDS}`

/**
 * The schema issues parse.ts gives values for, when zod's issue has a shape a sentence fits (an inclusive number limit,
 * a list of allowed values…); without them the UI shows the kind and zod's English. `allowedValues` is `|`-separated.
 */
export const SCHEMA_PARAMS = {
  'schema.too_big': ['maximum'],
  'schema.too_small': ['minimum'],
  'schema.invalid_type': ['expectedType'],
  'schema.invalid_value': ['allowedValues'],
  'schema.invalid_union': ['field', 'allowedValues'],
  'schema.unrecognized_keys': ['fields'],
} as const satisfies Partial<Record<SchemaIssueCode, readonly string[]>>
export const SCHEMA_ISSUE_CODES = Object.keys(SCHEMA_KINDS).map((k) => `schema.${k}`) as SchemaIssueCode[]
