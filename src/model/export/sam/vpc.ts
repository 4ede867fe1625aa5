/**
 * §7.2–7.5 networking: a VPC node becomes a VPC (10.0.0.0/16), its subnets (CIDR sizes from the free IP count), a
 * private route table, gateway endpoints, a NAT gateway when `nat` (G33), one security group per name the functions
 * use, and RDS / ElastiCache behind their own group that admits the names in `inboundFrom`.
 */
import type { ResolvedNode } from '../../resolve.ts'
import { azAt, getAtt, ref, sub } from './intrinsics.ts'
import type { CfnValue, ExportContext } from './context.ts'

type Of<T extends ResolvedNode['type']> = Extract<ResolvedNode, { type: T }>

/**
 * AWS keeps 5 addresses of every subnet; a subnet is /16 to /28. The last /24 of the VPC is the NAT's public subnet.
 */
const RESERVED_PER_SUBNET = 5
const PRIVATE_SPACE = 65_536 - 256

export interface SubnetPlan {
  prefix: number
  /** Free addresses the plan gives across the subnets. */
  freeIps: number
}

/** The smallest equal subnets that hold `freeIpCount` addresses together, within the VPC's private space. */
export function planSubnets(subnetCount: number, freeIpCount: number): SubnetPlan {
  const perSubnet = Math.ceil(freeIpCount / subnetCount) + RESERVED_PER_SUBNET
  let bits = Math.max(4, Math.ceil(Math.log2(perSubnet)))
  while (bits > 4 && subnetCount * 2 ** bits > PRIVATE_SPACE) bits--
  return { prefix: 32 - bits, freeIps: subnetCount * (2 ** bits - RESERVED_PER_SUBNET) }
}

const cidr = (offset: number, prefix: number) => `10.0.${Math.floor(offset / 256)}.${offset % 256}/${prefix}`

export const subnetIdOf = (ctx: ExportContext, vpcId: string, i: number) =>
  ctx.ids.id(`subnet:${vpcId}:${i}`, `${vpcId}-subnet-${i + 1}`)
export const sgIdOf = (ctx: ExportContext, vpcId: string, name: string) =>
  ctx.ids.id(`sg:${vpcId}:${name}`, `${vpcId}-${name}-sg`)

function securityGroup(ctx: ExportContext, vpcId: string, name: string): string {
  const id = sgIdOf(ctx, vpcId, name)
  if (!(id in ctx.resources))
    // The mark keeps the scenario's name for the group, so an import gives the same name back (round trip).
    ctx.add(id, {
      Type: 'AWS::EC2::SecurityGroup',
      Metadata: { Lambdascope: { securityGroup: name } },
      Properties: { GroupDescription: `Lambdascope security group ${name}`, VpcId: ref(ctx.logicalId(vpcId)) },
    })
  return id
}

function vpc(ctx: ExportContext, n: Of<'vpc'>) {
  const c = n.config
  const id = ctx.logicalId(n.id)
  const writtenVpc = ctx.writtenNode(n.id)
  // `defaults`: the subnets below stand for a count the scenario left to its default; an import reads them as absent.
  const defaults =
    writtenVpc?.type === 'vpc' && writtenVpc.config?.subnetCount !== undefined ? {} : { defaults: ['Subnets'] }
  ctx.add(
    id,
    {
      Type: 'AWS::EC2::VPC',
      Properties: { CidrBlock: '10.0.0.0/16', EnableDnsSupport: true, EnableDnsHostnames: true },
    },
    n.id,
    defaults,
  )
  const plan = planSubnets(c.subnetCount, c.freeIpCount)
  if (plan.freeIps !== c.freeIpCount) ctx.note({ code: 'ipCount', what: `${n.id}.freeIpCount`, nodeId: n.id })
  const written = ctx.doc.nodes.find((d) => d.id === n.id)
  if (written?.type === 'vpc' && written.config?.eniLimit !== undefined)
    ctx.note({ code: 'quota', what: `${n.id}.eniLimit`, nodeId: n.id })
  const routes = ctx.ids.id(`routes:${n.id}`, `${n.id}-private-routes`)
  ctx.add(routes, { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: ref(id) } })
  for (let i = 0; i < c.subnetCount; i++) {
    const subnet = subnetIdOf(ctx, n.id, i)
    ctx.add(subnet, {
      Type: 'AWS::EC2::Subnet',
      Properties: {
        VpcId: ref(id),
        CidrBlock: cidr(i * 2 ** (32 - plan.prefix), plan.prefix),
        AvailabilityZone: azAt(i % 2),
      },
    })
    ctx.add(ctx.ids.id(`assoc:${n.id}:${i}`, `${subnet}-routes`), {
      Type: 'AWS::EC2::SubnetRouteTableAssociation',
      Properties: { SubnetId: ref(subnet), RouteTableId: ref(routes) },
    })
  }
  for (const service of c.gatewayEndpoints)
    ctx.add(ctx.ids.id(`endpoint:${n.id}:${service}`, `${n.id}-${service}-endpoint`), {
      Type: 'AWS::EC2::VPCEndpoint',
      Properties: {
        VpcId: ref(id),
        ServiceName: sub(`com.amazonaws.\${AWS::Region}.${service}`),
        VpcEndpointType: 'Gateway',
        RouteTableIds: [ref(routes)],
      },
    })
  if (c.nat) nat(ctx, n.id, id, routes)
}

/** G33: the private subnets reach the internet through a NAT gateway in a public subnet with an internet gateway. */
function nat(ctx: ExportContext, nodeId: string, vpcRef: string, privateRoutes: string) {
  const k = (s: string) => ctx.ids.id(`${s}:${nodeId}`, `${nodeId}-${s}`)
  const igw = k('igw')
  const attach = k('igw-attachment')
  const publicSubnet = k('public-subnet')
  const publicRoutes = k('public-routes')
  const eip = k('nat-ip')
  const natGw = k('nat')
  ctx.add(igw, { Type: 'AWS::EC2::InternetGateway' })
  ctx.add(attach, {
    Type: 'AWS::EC2::VPCGatewayAttachment',
    Properties: { VpcId: ref(vpcRef), InternetGatewayId: ref(igw) },
  })
  ctx.add(publicSubnet, {
    Type: 'AWS::EC2::Subnet',
    Properties: { VpcId: ref(vpcRef), CidrBlock: '10.0.255.0/24', AvailabilityZone: azAt(0) },
  })
  ctx.add(publicRoutes, { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: ref(vpcRef) } })
  ctx.add(k('public-route'), {
    Type: 'AWS::EC2::Route',
    Properties: { RouteTableId: ref(publicRoutes), DestinationCidrBlock: '0.0.0.0/0', GatewayId: ref(igw) },
  })
  ctx.add(k('public-assoc'), {
    Type: 'AWS::EC2::SubnetRouteTableAssociation',
    Properties: { SubnetId: ref(publicSubnet), RouteTableId: ref(publicRoutes) },
  })
  ctx.add(eip, { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc' } })
  ctx.add(natGw, {
    Type: 'AWS::EC2::NatGateway',
    Properties: { SubnetId: ref(publicSubnet), AllocationId: getAtt(eip, 'AllocationId') },
  })
  ctx.add(k('nat-route'), {
    Type: 'AWS::EC2::Route',
    Properties: { RouteTableId: ref(privateRoutes), DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: ref(natGw) },
  })
}

const subnetsOf = (ctx: ExportContext, vpcId: string) => {
  const v = ctx.node(vpcId)
  const count = v?.type === 'vpc' ? v.config.subnetCount : 0
  return Array.from({ length: count }, (_, i) => ref(subnetIdOf(ctx, vpcId, i)))
}

/** The function's VpcConfig, or null outside a VPC (or in a VPC of another account, which a stack cannot name). */
export function vpcConfigOf(ctx: ExportContext, fn: Of<'lambda'>): CfnValue | null {
  const v = fn.vpcId === null ? undefined : ctx.node(fn.vpcId)
  if (v?.type !== 'vpc' || !ctx.inStack(v)) return null
  return {
    SecurityGroupIds: [getAtt(securityGroup(ctx, v.id, fn.config.securityGroup), 'GroupId')],
    SubnetIds: subnetsOf(ctx, v.id),
  }
}

/** §7.5: a data store's own group admits the groups named in `inboundFrom` on its port. */
function dataStore(ctx: ExportContext, n: Of<'rds'> | Of<'elastiCache'>) {
  const id = ctx.logicalId(n.id)
  const port = n.type === 'rds' ? 5432 : 6379
  const v = n.vpcId === null ? undefined : ctx.node(n.vpcId)
  const inVpc = v?.type === 'vpc' && ctx.inStack(v)
  let groups: CfnValue[] = []
  let subnetGroup: string | null = null
  if (inVpc) {
    const own = ctx.ids.id(`sg:${n.id}`, `${n.id}-sg`)
    const ingress = n.config.inboundFrom.map((name) => ({
      IpProtocol: 'tcp',
      FromPort: port,
      ToPort: port,
      SourceSecurityGroupId: getAtt(securityGroup(ctx, v.id, name), 'GroupId'),
    }))
    ctx.add(own, {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: `${n.id}: inbound from ${n.config.inboundFrom.join(', ')}`,
        VpcId: ref(ctx.logicalId(v.id)),
        SecurityGroupIngress: ingress,
      },
    })
    groups = [getAtt(own, 'GroupId')]
    if (v.config.subnetCount < 2) ctx.note({ code: 'singleSubnet', what: v.id, nodeId: v.id })
    subnetGroup = ctx.ids.id(`subnets:${n.id}`, `${n.id}-subnets`)
    ctx.add(
      subnetGroup,
      n.type === 'rds'
        ? {
            Type: 'AWS::RDS::DBSubnetGroup',
            Properties: { DBSubnetGroupDescription: `${n.id} subnets`, SubnetIds: subnetsOf(ctx, v.id) },
          }
        : {
            Type: 'AWS::ElastiCache::SubnetGroup',
            Properties: { Description: `${n.id} subnets`, SubnetIds: subnetsOf(ctx, v.id) },
          },
    )
  }
  if (n.type === 'rds') {
    if (n.config.maxConnections !== null)
      ctx.note({ code: 'dbConnections', what: `${n.id}.maxConnections`, nodeId: n.id })
    const p: Record<string, CfnValue> = {
      Engine: 'postgres',
      DBInstanceClass: 'db.t4g.micro',
      AllocatedStorage: '20',
      MasterUsername: 'lambdascope',
      ManageMasterUserPassword: true,
      PubliclyAccessible: false,
    }
    if (subnetGroup !== null) p['DBSubnetGroupName'] = ref(subnetGroup)
    if (groups.length > 0) p['VPCSecurityGroups'] = groups
    // An experiment's database is thrown away with the stack (`sam delete`), without a final snapshot.
    ctx.add(
      id,
      { Type: 'AWS::RDS::DBInstance', DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete', Properties: p },
      n.id,
    )
  } else {
    const p: Record<string, CfnValue> = { Engine: 'redis', CacheNodeType: 'cache.t4g.micro', NumCacheNodes: 1 }
    if (subnetGroup !== null) p['CacheSubnetGroupName'] = ref(subnetGroup)
    if (groups.length > 0) p['VpcSecurityGroupIds'] = groups
    ctx.add(id, { Type: 'AWS::ElastiCache::CacheCluster', Properties: p }, n.id)
  }
}

export function networkResource(ctx: ExportContext, n: ResolvedNode) {
  if (n.type === 'vpc') vpc(ctx, n)
  else if (n.type === 'rds' || n.type === 'elastiCache') dataStore(ctx, n)
}
