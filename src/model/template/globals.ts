/**
 * SAM `Globals`: properties of the Function (Api, HttpApi, SimpleTable) section apply to every resource of that type.
 * As SAM merges them: the resource's own scalar wins, maps merge key by key (recursively), lists are concatenated
 * (globals first).
 */
import { isRecord } from './builder.ts'

const SECTIONS: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
}

function merge(global: unknown, local: unknown, depth: number): unknown {
  if (local === undefined) return global
  if (depth > 32) return local
  if (Array.isArray(global) && Array.isArray(local)) return [...global, ...local]
  if (isRecord(global) && isRecord(local) && !isIntrinsic(global) && !isIntrinsic(local)) {
    const out: Record<string, unknown> = {} // safe-keys: written with defineProperty, so `__proto__` stays an own key
    for (const k of new Set([...Object.keys(global), ...Object.keys(local)]))
      Object.defineProperty(out, k, {
        value: merge(global[k], local[k], depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    return out
  }
  return local
}

const isIntrinsic = (v: Record<string, unknown>): boolean => {
  const keys = Object.keys(v)
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'))
}

export function mergeGlobals(
  type: string,
  props: Record<string, unknown>,
  globals: Record<string, unknown>,
): { props: Record<string, unknown>; merged: boolean } {
  const section = SECTIONS[type]
  const g = section ? globals[section] : undefined
  if (!isRecord(g) || Object.keys(g).length === 0) return { props, merged: false }
  return { props: merge(g, props, 0) as Record<string, unknown>, merged: true }
}
