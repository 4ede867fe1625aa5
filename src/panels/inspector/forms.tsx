import { useTranslation } from 'react-i18next'
import type { EdgeRole, Era, Issue, LambdaConfig, ScenarioEdge, ScenarioNode } from '../../model'
import { getAtPath, type FieldPath } from './docPath'
import { EnvVarEditor } from './EnvVarEditor'
import { Field } from './Field'
import { edgeFields, NODE_FIELDS, type FieldSpec } from './fieldSpecs'
import { edgeFieldInfo, nodeFieldInfo } from './schemaInfo'

/** What a form edits, by id (the container resolves it against the latest document when committing). */
export type FormTarget = { kind: 'scenario' } | { kind: 'node'; id: string } | { kind: 'edge'; id: string }
export type Commit = (target: FormTarget, path: FieldPath, value: unknown) => Issue[]

const LABEL_FIELD: FieldSpec = { id: 'label', path: ['label'], widget: 'text', defaultValue: (_e, n) => n?.id ?? null }

export function NodeForm({ era, node, commit }: { era: Era; node: ScenarioNode; commit: Commit }) {
  const { t } = useTranslation()
  const target: FormTarget = { kind: 'node', id: node.id }
  const specs = NODE_FIELDS[node.type] ?? []
  const field = (spec: FieldSpec, info = nodeFieldInfo(node.type, spec.path)) => (
    <Field key={`${node.id}:${spec.id}`} spec={spec} info={info} value={getAtPath(node, spec.path)} era={era} node={node} onCommit={(v) => commit(target, spec.path, v)} />
  )
  return (
    <div className="inspector__form">
      <h3 className="inspector__heading">
        {t('inspector.nodeTitle', { type: t(`nodes.name.${node.type}`) })}
      </h3>
      <p className="inspector__id">{node.id}</p>
      {field(LABEL_FIELD, { kind: 'string' })}
      {specs.map((s) => field(s))}
      {specs.length === 0 ? <p className="field__hint">{t('inspector.noSettings')}</p> : null}
      {node.type === 'lambda' ? (
        <EnvVarEditor
          key={node.id}
          environment={(node.config as LambdaConfig | undefined)?.environment}
          era={era}
          onCommit={(env) => commit(target, ['config', 'environment'], env)}
        />
      ) : null}
    </div>
  )
}

interface EdgeFormProps {
  era: Era
  edge: ScenarioEdge
  edgeId: string
  from: ScenarioNode | null
  to: ScenarioNode | null
  role: EdgeRole | null
  commit: Commit
}

export function EdgeForm({ era, edge, edgeId, from, to, role, commit }: EdgeFormProps) {
  const { t } = useTranslation()
  const target: FormTarget = { kind: 'edge', id: edgeId }
  const specs = role ? edgeFields(role, from?.type) : []
  return (
    <div className="inspector__form">
      <h3 className="inspector__heading">{t('inspector.edgeTitle', { from: from?.label ?? edge.from, to: to?.label ?? edge.to })}</h3>
      {role ? <p className="inspector__role">{t('inspector.edgeRole', { role: t(`inspector.roles.${role}`) })}</p> : null}
      {specs.map((spec) => (
        <Field key={`${edgeId}:${spec.id}`} spec={spec} info={edgeFieldInfo(spec.path)} value={getAtPath(edge, spec.path)} era={era} node={null} onCommit={(v) => commit(target, spec.path, v)} />
      ))}
    </div>
  )
}
