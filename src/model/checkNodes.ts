import { HOUR_MS } from './common.ts'
import { checkEnvironmentVariables } from './envVars.ts'
import { error, warning, type Issue } from './issues.ts'
import type { Scenario } from './scenario.ts'
import { KINESIS_MAX_RETENTION_2018_MS } from './services/kinesis.ts'
import type { ScenarioIndex } from './graph.ts'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** An era refusal (§12): the English names the month as the reference does ("Nov 2019"); params carry it as YYYY-MM. */
function refused2018(
  what: string,
  arrivedMonth: string,
): [message: string, detail: { params: { arrivedMonth: string }; ref: string }] {
  const [year, month] = arrivedMonth.split('-').map(Number)
  return [
    `${what} did not exist in 2018: added ${MONTHS[(month ?? 1) - 1]} ${year}.`,
    { params: { arrivedMonth }, ref: '§12' },
  ]
}

/** Per-node rules: era refusals (§12), AWS ranges per era (§6, §7.1), env vars (§8), concurrency (§5.3, §7.4). */
export function checkNodes(s: Scenario, idx: ScenarioIndex): Issue[] {
  const issues: Issue[] = []
  const is2018 = s.era === '2018'
  const seen = new Set<string>()
  let reservedSum = 0
  s.nodes.forEach((n, i) => {
    const at = ['nodes', i] as const
    if (seen.has(n.id))
      issues.push(
        error([...at, 'id'], 'node.duplicateId', `Another node already has the id "${n.id}".`, {
          params: { nodeId: n.id },
        }),
      )
    seen.add(n.id)
    if (n.parentId !== undefined) {
      const parent = idx.nodeById.get(n.parentId)
      if (!parent)
        issues.push(
          error([...at, 'parentId'], 'node.unknownParent', `No node has the id "${n.parentId}".`, {
            params: { nodeId: n.parentId },
          }),
        )
      else if (parent.type !== 'vpc' && parent.type !== 'account')
        issues.push(error([...at, 'parentId'], 'node.parentNotGroup', 'A parent must be a vpc or account node.'))
      else if (
        parent.type === 'vpc' &&
        n.type !== 'lambda' &&
        n.type !== 'rds' &&
        n.type !== 'elastiCache' &&
        n.type !== 'vpc'
      )
        issues.push(
          warning(
            [...at, 'parentId'],
            'node.notInVpc',
            `A ${n.type} is not placed inside a VPC; the grouping is only visual.`,
            { params: { nodeType: n.type } },
          ),
        )
    }
    switch (n.type) {
      case 'lambda': {
        const c = n.config
        if (!c) break
        const cp = [...at, 'config'] as const
        if (c.timeoutMs !== undefined && c.timeoutMs % 1000 !== 0)
          issues.push(
            error(
              [...cp, 'timeoutMs'],
              'lambda.timeoutWholeSeconds',
              'The timeout is set in whole seconds (1000 ms steps).',
              { params: { timeoutMs: c.timeoutMs }, ref: '§6' },
            ),
          )
        if (c.memoryMb !== undefined && is2018 && (c.memoryMb > 3008 || c.memoryMb % 64 !== 0))
          issues.push(
            error([...cp, 'memoryMb'], 'era.memory2018', 'In 2018 memory was 128–3,008 MB in 64 MB steps.', {
              params: { memoryMb: c.memoryMb },
              ref: '§7.1',
            }),
          )
        if (is2018 && c.async !== undefined)
          issues.push(
            error([...cp, 'async'], 'era.asyncConfig', ...refused2018('Async retry and max-age settings', '2019-11')),
          )
        if (is2018 && c.provisionedConcurrency !== undefined)
          issues.push(
            error(
              [...cp, 'provisionedConcurrency'],
              'era.provisioned',
              ...refused2018('Provisioned concurrency', '2019-12'),
            ),
          )
        if (is2018 && c.recursiveLoop !== undefined)
          issues.push(
            error([...cp, 'recursiveLoop'], 'era.recursiveLoop', ...refused2018('Recursive loop detection', '2023-07')),
          )
        if (is2018 && c.vpcState !== undefined)
          issues.push(
            error(
              [...cp, 'vpcState'],
              'era.functionStates',
              ...refused2018('Function states (Pending/Inactive)', '2019-11'),
            ),
          )
        if (!is2018 && c.eniAttachMs !== undefined)
          issues.push(
            warning(
              [...cp, 'eniAttachMs'],
              'era.eniAttachIgnored',
              'Hyperplane ENIs are made ahead of time: cold starts pay no ENI delay today.',
              { ref: '§7.3' },
            ),
          )
        if (c.reservedConcurrency !== undefined) reservedSum += c.reservedConcurrency
        if (
          c.provisionedConcurrency !== undefined &&
          c.reservedConcurrency !== undefined &&
          c.provisionedConcurrency > c.reservedConcurrency
        )
          issues.push(
            error(
              [...cp, 'provisionedConcurrency'],
              'lambda.provisionedOverReserved',
              'Provisioned concurrency cannot exceed reserved concurrency.',
              {
                params: { provisioned: c.provisionedConcurrency, reserved: c.reservedConcurrency },
                ref: '§7.4',
              },
            ),
          )
        if (c.environment)
          issues.push(...checkEnvironmentVariables(c.environment.variables, s.era, [...cp, 'environment', 'variables']))
        if ((c.vpcState ?? 'active') !== 'active' && idx.vpcOf(n.id) === null)
          issues.push(
            warning(
              [...cp, 'vpcState'],
              'lambda.vpcStateWithoutVpc',
              'vpcState only matters for a function inside a VPC.',
              { ref: '§7.3' },
            ),
          )
        if (c.callsInternet) {
          const vpcId = idx.vpcOf(n.id)
          const vpc = vpcId ? idx.nodeById.get(vpcId) : undefined
          if (vpc?.type === 'vpc' && !vpc.config?.nat)
            issues.push(
              warning(
                [...cp, 'callsInternet'],
                'vpc.noNat',
                'This VPC has no NAT: internet calls hang until the function times out.',
                { ref: '§7.3' },
              ),
            )
        }
        break
      }
      case 'apiGateway': {
        const c = n.config
        if (c?.api === 'http' && is2018)
          issues.push(error([...at, 'config', 'api'], 'era.httpApi', ...refused2018('HTTP APIs', '2019-12')))
        const t = c?.integrationTimeoutMs
        if (t !== undefined && (c?.api ?? 'rest') === 'rest' && t > 29_000) {
          if (is2018)
            issues.push(
              error(
                [...at, 'config', 'integrationTimeoutMs'],
                'apiGateway.timeoutMax',
                'REST integrations time out at 29 s at most (50 ms–29 s).',
                { ref: '§5.2' },
              ),
            )
          else
            issues.push(
              warning(
                [...at, 'config', 'integrationTimeoutMs'],
                'apiGateway.raisedTimeout',
                'Above 29 s needs a quota raise (Regional or private REST APIs, since June 2024).',
                { ref: '§5.2' },
              ),
            )
        }
        break
      }
      case 'kinesis':
        if (is2018 && (n.config?.retentionMs ?? 24 * HOUR_MS) > KINESIS_MAX_RETENTION_2018_MS)
          issues.push(
            error(
              [...at, 'config', 'retentionMs'],
              'era.kinesisRetention',
              'In 2018 Kinesis kept records for at most 7 days (168 h).',
              { ref: '§3.1' },
            ),
          )
        break
      default:
        break
    }
  })
  const limit = s.accountConcurrencyLimit ?? 1000
  if (reservedSum > limit - 100)
    issues.push(
      error(
        ['accountConcurrencyLimit'],
        'concurrency.unreservedFloor',
        `Functions reserve ${reservedSum} of ${limit}; ` +
          `at least 100 must stay unreserved, so at most ${limit - 100} can be reserved.`,
        { params: { reserved: reservedSum, accountLimit: limit, maxReserved: limit - 100 }, ref: '§5.3' },
      ),
    )
  return issues
}
