/**
 * The network (§7.2–7.5): a VPC's subnets, NAT gateway and gateway endpoints become its settings; databases and
 * caches go inside the VPC of their subnet group (or security group), and their `inboundFrom` lists the security
 * groups their ingress rules allow. A CIDR rule lets in every function of the VPC (noted: we match groups, not IPs).
 */
import { list, rec, str, type ImportBuilder } from './builder.ts'
import { ResourceRef } from './intrinsics.ts'
import { implicitVpc, securityGroupName, vpcOfSubnets } from './mapFunctions.ts'

const refId = (v: unknown): string | null => (v instanceof ResourceRef ? v.logicalId : null)

export function mapNetwork(b: ImportBuilder): void {
  const subnetsOf = new Map<string, number>()
  const natIn = new Set<string>()
  const endpointsOf = new Map<string, Set<'s3' | 'dynamodb'>>()
  const vpcOfResource = (id: string | null): string | null => {
    const vpc = id ? refId(b.resources.get(id)?.props['VpcId']) : null
    const node = vpc ? b.nodeOfResource.get(vpc) : undefined
    return node && b.node(node)?.type === 'vpc' ? node : null
  }
  // Security group → the groups its rules let in, and whether a CIDR rule lets in addresses.
  const ingress = new Map<string, Set<string>>()
  const cidrOpen = new Set<string>()
  const allow = (group: string | undefined, rule: Record<string, unknown>) => {
    if (group === undefined) return
    const from = rule['SourceSecurityGroupId'] ?? rule['SourceSecurityGroupName']
    if (from !== undefined) {
      const name = securityGroupName(b, from)
      if (name !== undefined) ingress.set(group, new Set([...(ingress.get(group) ?? []), name]))
    } else if (rule['CidrIp'] !== undefined || rule['CidrIpv6'] !== undefined) cidrOpen.add(group)
  }
  // A subnet that hosts a NAT gateway is the public one: not where functions take their addresses (§7.2).
  const natSubnets = new Set(
    [...b.resources.values()].filter((r) => r.type === 'AWS::EC2::NatGateway').map((r) => refId(r.props['SubnetId'])),
  )
  for (const r of b.resources.values()) {
    const p = r.props
    if (r.type === 'AWS::EC2::Subnet') {
      const vpc = vpcOfResource(r.logicalId)
      if (vpc && !natSubnets.has(r.logicalId)) subnetsOf.set(vpc, (subnetsOf.get(vpc) ?? 0) + 1)
    } else if (r.type === 'AWS::EC2::NatGateway') {
      const vpc = vpcOfResource(refId(p['SubnetId']))
      if (vpc) natIn.add(vpc)
    } else if (r.type === 'AWS::EC2::VPCEndpoint') {
      const vpc = vpcOfResource(r.logicalId)
      const service =
        str(p['ServiceName']) ?? (p['ServiceName'] instanceof Object ? JSON.stringify(p['ServiceName']) : '')
      const kind = /\.s3$/.test(service) ? 's3' : /\.dynamodb$/.test(service) ? 'dynamodb' : null
      const type = str(p['VpcEndpointType']) ?? 'Gateway'
      if (vpc && kind && type === 'Gateway') endpointsOf.set(vpc, new Set([...(endpointsOf.get(vpc) ?? []), kind]))
    } else if (r.type === 'AWS::EC2::SecurityGroup') {
      for (const rule of list(p['SecurityGroupIngress'])) allow(r.logicalId, rec(rule))
    } else if (r.type === 'AWS::EC2::SecurityGroupIngress') allow(securityGroupName(b, p['GroupId']), p)
  }
  for (const n of b.nodes) {
    if (n.type !== 'vpc') continue
    const subnetCount = b.nodeDefaulted(n.id, 'Subnets') ? undefined : subnetsOf.get(n.id)
    const endpoints = endpointsOf.get(n.id)
    const config = {
      ...n.config,
      ...(natIn.has(n.id) ? { nat: true } : {}),
      ...(subnetCount !== undefined && subnetCount <= 16 ? { subnetCount } : {}),
      ...(endpoints ? { gatewayEndpoints: [...endpoints].sort() } : {}),
    }
    if (Object.keys(config).length > 0) n.config = config
  }
  for (const r of b.resources.values()) {
    const node = b.nodeOfResource.get(r.logicalId)
    const target = node ? b.node(node) : undefined
    if (!target || (target.type !== 'rds' && target.type !== 'elastiCache')) continue
    const p = r.props
    const groups = [...list(p['VPCSecurityGroups']), ...list(p['VpcSecurityGroupIds']), ...list(p['SecurityGroupIds'])]
    const subnetGroup = refId(p['DBSubnetGroupName'] ?? p['CacheSubnetGroupName'] ?? p['SubnetGroupName'])
    const subnets = subnetGroup ? list(b.resources.get(subnetGroup)?.props['SubnetIds']) : list(p['SubnetIds'])
    let vpc = vpcOfSubnets(b, subnets)
    for (const g of groups) vpc ??= vpcOfResource(refId(g))
    if (!vpc && (subnets.length > 0 || groups.length > 0)) vpc = implicitVpc(b, r.path)
    if (vpc) target.parentId = vpc
    if (groups.length === 0) continue
    const names = groups.map((g) => securityGroupName(b, g)).filter((g): g is string => g !== undefined)
    const inbound = new Set<string>()
    for (const g of names) for (const s of ingress.get(g) ?? []) inbound.add(s)
    if (names.some((g) => cidrOpen.has(g))) {
      b.note('cidrIngress', { logicalId: r.logicalId }, r.path)
      for (const f of b.nodes)
        if (f.type === 'lambda' && f.parentId === vpc) inbound.add(f.config?.securityGroup ?? 'default')
    }
    target.config = { ...target.config, inboundFrom: [...inbound] }
  }
}
