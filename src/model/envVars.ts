import type { Era } from './common.ts'
import { error, type Issue, type PathPart } from './issues.ts'

/** §8/§15: the whole variables map, serialised as compact JSON, may be at most 4,096 bytes (4,097 is rejected). */
export const ENV_MAX_BYTES = 4096

/** §8 (LDG23 configuration-envvars): keys Lambda reserves today. */
export const RESERVED_ENV_KEYS_CURRENT: readonly string[] = [
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]

/**
 * §8 [OLD≠NEW]: the 2018 list had no `_X_AMZN_TRACE_ID` nor `AWS_LAMBDA_INITIALIZATION_TYPE` (came with PC, Dec 2019),
 * and `TZ` was reserved. Today `TZ` is listed as unreserved; whether the live service refuses it is [UNVERIFIED] —
 * we accept it in the current era, following the docs.
 */
export const RESERVED_ENV_KEYS_2018: readonly string[] = [
  ...RESERVED_ENV_KEYS_CURRENT.filter((k) => k !== '_X_AMZN_TRACE_ID' && k !== 'AWS_LAMBDA_INITIALIZATION_TYPE'),
  'TZ',
]

/** §8: current keys need 2+ characters; the 2018 guide gave the same rule without the minimum. */
const KEY_CURRENT = /^[a-zA-Z][a-zA-Z0-9_]+$/
const KEY_2018 = /^[a-zA-Z][a-zA-Z0-9_]*$/

/** UTF-8 byte length without TextEncoder (keeps the core free of host APIs). */
export function utf8Length(s: string): number {
  let bytes = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * Check a whole variables map as `UpdateFunctionConfiguration` would (G36). Any issue means AWS rejects the change and
 * the function stays as it was; callers must not apply a map that has issues. Pure.
 */
export function checkEnvironmentVariables(
  variables: Readonly<Record<string, string>>,
  era: Era,
  path: readonly PathPart[] = ['variables'],
): Issue[] {
  const issues: Issue[] = []
  const reserved = era === '2018' ? RESERVED_ENV_KEYS_2018 : RESERVED_ENV_KEYS_CURRENT
  const pattern = era === '2018' ? KEY_2018 : KEY_CURRENT
  for (const key of Object.keys(variables)) {
    if (reserved.includes(key)) {
      issues.push(
        error([...path, key], 'env.reservedKey', `${key} is reserved by Lambda and cannot be set.`, {
          params: { key },
          ref: '§8',
        }),
      )
    } else if (!pattern.test(key)) {
      issues.push(
        error(
          [...path, key],
          'env.badKey',
          era === '2018'
            ? `"${key}" is not a valid key: start with a letter, then letters, digits or _.`
            : `"${key}" is not a valid key: start with a letter, then at least one more letter, digit or _.`,
          { params: { key, minLength: era === '2018' ? 1 : 2 }, ref: '§8' },
        ),
      )
    }
  }
  const bytes = utf8Length(JSON.stringify(variables))
  if (bytes > ENV_MAX_BYTES) {
    issues.push(
      error(
        path,
        'env.tooLarge',
        `Environment variables take ${bytes} bytes; Lambda allows 4,096 bytes in total (the map as compact JSON).`,
        { params: { bytes, maxBytes: ENV_MAX_BYTES }, ref: '§15' },
      ),
    )
  }
  return issues
}
