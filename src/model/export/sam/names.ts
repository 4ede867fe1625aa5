import type { ExportContext } from './context.ts'

/**
 * A bucket's name is fixed from the stack's GUID so its ARN can be written without referring to the bucket: a bucket
 * that triggers a function whose role or destination names the same bucket would otherwise be a circular dependency.
 */
export function bucketNameParts(ctx: Pick<ExportContext, 's'>, nodeId: string): string {
  const i = ctx.s.nodes.filter((m) => m.type === 's3').findIndex((m) => m.id === nodeId)
  const slug =
    nodeId
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 20) || 'bucket'
  return `ls${i + 1}-${slug}-`
}
