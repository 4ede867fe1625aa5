import { useTranslation } from 'react-i18next'
import type { EdgeRole, Era, Issue, LambdaConfig, ScenarioEdge, ScenarioNode } from '../../model'
import { completeEdit, getAtPath, type FieldPath } from './docPath'
import { EnvVarEditor } from './EnvVarEditor'
import { Field } from './Field'
import { edgeFields, NODE_FIELDS, ROLE_FIELD, type FieldSpec } from './fieldSpecs'
import { ListField } from './ListField'
import { ReturnsEditor } from './ReturnsEditor'
import { useReturnsContext } from './useReturnsContext'
import { edgeFieldInfo, nodeFieldInfo, nodeRequiredSiblings, type SchemaInfo } from './schemaInfo'
import { useChoices } from './useChoices'

/** What a form edits, by id (the container resolves it against the latest document when committing). */
export type FormTarget =
  | { kind: 'scenario' }
  | { kind: 'node'; id: string }
  | { kind: 'edge'; id: string }
  /** A traffic entry or fault by its index, with the node or edge it belongs to (a guard against a list that moved). */
  | { kind: 'traffic'; index: number; source: string }
  | { kind: 'fault'; index: number; target: string }
export type Commit = (target: FormTarget, path: FieldPath, value: unknown) => Issue[]

const LABEL_FIELD: FieldSpec = { id: 'label', path: ['label'], widget: 'text', defaultValue: (_e, n) => n?.id ?? null }

interface SpecFieldProps {
  spec: FieldSpec
  info: SchemaInfo
  value: unknown
  era: Era
  node: ScenarioNode | null
  /** The id of what is edited (node, edge, or '' for the scenario): the choices may depend on it. */
  selfId: string
  onCommit: (value: unknown) => Issue[]
}

/**
 * One setting, with the widget its spec and schema call for; choices that refer to the canvas come from the document.
 */
export function SpecField({ spec, info, value, era, node, selfId, onCommit }: SpecFieldProps) {
  const choices = useChoices(spec, selfId)
  if (spec.widget === 'list' && info.kind === 'list')
    return (
      <ListField spec={spec} info={info} value={value} era={era} node={node} onCommit={onCommit} choices={choices} />
    )
  return (
    <Field
      spec={spec}
      info={info}
      value={value}
      era={era}
      node={node}
      onCommit={onCommit}
      choices={spec.choices ? choices : undefined}
    />
  )
}

export function NodeForm({ era, node, commit }: { era: Era; node: ScenarioNode; commit: Commit }) {
  const { t } = useTranslation()
  const returnsContext = useReturnsContext(node.id)
  const target: FormTarget = { kind: 'node', id: node.id }
  const specs = NODE_FIELDS[node.type] ?? []
  // Objects with required keys (client `retry`) are set or removed whole; their defaults come from the sibling specs.
  const commitSpec = (spec: FieldSpec, value: unknown) => {
    const defaultOf = (key: string) => {
      const sibling = specs.find((s) => s.path.join('.') === [...spec.path.slice(0, -1), key].join('.'))
      return sibling?.defaultValue(era, node) ?? undefined
    }
    const edit = completeEdit(node, spec.path, value, nodeRequiredSiblings(node.type, spec.path), defaultOf)
    return commit(target, edit.path, edit.value)
  }
  const field = (spec: FieldSpec, info = nodeFieldInfo(node.type, spec.path)) => (
    <SpecField
      key={`${node.id}:${spec.id}`}
      spec={spec}
      info={info}
      value={getAtPath(node, spec.path)}
      era={era}
      node={node}
      selfId={node.id}
      onCommit={(v) => commitSpec(spec, v)}
    />
  )
  return (
    <div className="inspector__form">
      <h3 className="inspector__heading">{t('inspector.nodeTitle', { type: t(`nodes.name.${node.type}`) })}</h3>
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
      {node.type === 'lambda' ? (
        <ReturnsEditor
          key={`${node.id}:returns`}
          value={(node.config as LambdaConfig | undefined)?.returns}
          context={returnsContext}
          onCommit={(v) => commit(target, ['config', 'returns'], v)}
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
  // A function's edge to a queue, topic, bus, function or bucket is the role the user chose for it: it can change.
  const roleEditable = from?.type === 'lambda' && role !== 'access'
  const specs = [...(roleEditable ? [ROLE_FIELD] : []), ...(role ? edgeFields(role, from?.type) : [])]
  return (
    <div className="inspector__form">
      <h3 className="inspector__heading">
        {t('inspector.edgeTitle', { from: from?.label ?? edge.from, to: to?.label ?? edge.to })}
      </h3>
      {role && !roleEditable ? (
        <p className="inspector__role">{t('inspector.edgeRole', { role: t(`inspector.roles.${role}`) })}</p>
      ) : null}
      {specs.map((spec) => (
        <SpecField
          key={`${edgeId}:${spec.id}`}
          spec={spec}
          info={edgeFieldInfo(spec.path)}
          value={getAtPath(edge, spec.path)}
          era={era}
          node={null}
          selfId={edgeId}
          onCommit={(v) => commit(target, spec.path, v)}
        />
      ))}
    </div>
  )
}
