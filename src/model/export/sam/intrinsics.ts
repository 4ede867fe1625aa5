/**
 * CloudFormation intrinsic functions as values, written with their short-form YAML tags (`!Ref`, `!GetAtt`, `!Sub`,
 * `!Select`, `!GetAZs`). The exporter builds a plain object tree holding these; `yamlTags` teaches the `yaml` library
 * to print them.
 */
import { Scalar, YAMLSeq, type CollectionTag, type ScalarTag, type Schema } from 'yaml'

export type IntrinsicTag = '!Ref' | '!GetAtt' | '!Sub' | '!GetAZs' | '!Select' | '!Split' | '!Join'

export class Intrinsic {
  readonly tag: IntrinsicTag
  readonly arg: string | readonly unknown[]
  constructor(tag: IntrinsicTag, arg: string | readonly unknown[]) {
    this.tag = tag
    this.arg = arg
  }
}

export const ref = (logicalId: string) => new Intrinsic('!Ref', logicalId)
export const getAtt = (logicalId: string, attribute: string) => new Intrinsic('!GetAtt', `${logicalId}.${attribute}`)
export const sub = (text: string) => new Intrinsic('!Sub', text)
/** `!Sub [text, {name: value}]`: text with variables bound to other intrinsics. */
export const subWith = (text: string, vars: Record<string, unknown>) => new Intrinsic('!Sub', [text, vars])
/** The stack id's GUID: lowercase, unique per stack (bucket names must be both). */
export const stackGuid = () => new Intrinsic('!Select', [2, new Intrinsic('!Split', ['/', ref('AWS::StackId')])])
export const join = (sep: string, parts: readonly unknown[]) => new Intrinsic('!Join', [sep, parts])
/** The n-th Availability Zone of the stack's Region. */
export const azAt = (n: number) => new Intrinsic('!Select', [n, new Intrinsic('!GetAZs', '')])

const asIntrinsic = (v: unknown) => v as Intrinsic // identify() has checked it

const scalarTag = (tag: IntrinsicTag): ScalarTag => ({
  tag,
  identify: (v: unknown) => v instanceof Intrinsic && v.tag === tag && typeof v.arg === 'string',
  resolve: (s: string) => new Intrinsic(tag, s),
  createNode: (_schema: Schema, value: unknown) => {
    const v = asIntrinsic(value)
    const n = new Scalar(v.arg)
    n.tag = tag
    if (v.arg === '') n.type = 'QUOTE_SINGLE' // `!GetAZs ''`: a bare tag would read as null
    return n
  },
})

const seqTag = (tag: IntrinsicTag): CollectionTag => ({
  tag,
  collection: 'seq',
  nodeClass: YAMLSeq,
  identify: (v: unknown) => v instanceof Intrinsic && v.tag === tag && Array.isArray(v.arg),
  createNode: (schema: Schema, value: unknown, ctx: Parameters<typeof YAMLSeq.from>[2]) => {
    const n = YAMLSeq.from(schema, asIntrinsic(value).arg, ctx)
    n.tag = tag
    n.flow = true
    return n
  },
})

export const yamlTags = [
  scalarTag('!Ref'),
  scalarTag('!GetAtt'),
  scalarTag('!Sub'),
  scalarTag('!GetAZs'),
  seqTag('!Select'),
  seqTag('!Split'),
  seqTag('!Join'),
  seqTag('!Sub'),
]
