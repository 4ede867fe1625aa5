import { memo, useContext, useLayoutEffect } from 'react'
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react'
import { EdgeLabelsShownContext, useCanvasT } from '../canvasText'
import type { FlowEdge } from '../../store/graphMapping'
import { EdgeEndsContext, EdgeMarkerIdContext, edgeCurve, labelTransform } from './edgeEnds'

/**
 * An edge drawn by its role: trigger (solid), mapping (dashed: Lambda polls), DLQ (dashed red), on-failure (red),
 * on-success (green), access (dotted grey). The label says the role in words, so colour is never the only cue.
 */
export const RoleEdge = memo(function RoleEdge(props: EdgeProps<FlowEdge>) {
  const t = useCanvasT()
  const labelShown = useContext(EdgeLabelsShownContext)
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props
  const role = data?.role ?? 'unknown'
  const missing = data?.edge.permission === 'missing'
  const cross = data?.crossAccount
  // What the label reads (sizes it, so it can be placed clear of the nodes' chips).
  const labelText = [
    t(`edges.role.${role}`),
    missing ? ` · ${t('edges.permissionMissing')}` : '',
    data?.loop ? ` ↻ ${t('edges.loop')}` : '',
    cross ? ` · ${t('edges.crossAccount')}` : '',
  ].join('')
  const { path, labelX, labelY } = edgeCurve(
    { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition },
    labelText,
  )
  const drawnEnds = useContext(EdgeEndsContext)
  const markers = useContext(EdgeMarkerIdContext)
  useLayoutEffect(() => {
    if (!drawnEnds) return
    drawnEnds.set(id, { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })
    return () => {
      drawnEnds.delete(id)
    }
  }, [drawnEnds, id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition])
  // `role-edge role-edge--dlq role-edge--cross-account role-edge--selected`, and the same for the label.
  const classOf = (base: string) =>
    `${base} ${base}--${role}${cross ? ` ${base}--cross-account` : ''}${selected ? ` ${base}--selected` : ''}`
  return (
    <>
      <BaseEdge path={path} className={classOf('role-edge')} markerEnd={`url(#${markers}-${role})`} />
      {labelShown && (
        <EdgeLabelRenderer>
          <div
            className={classOf('role-edge__label')}
            data-edge-label={id}
            style={{ transform: labelTransform(labelX, labelY) }}
            title={t(`edges.roleLong.${role}`)}
          >
            {t(`edges.role.${role}`)}
            {missing && <span className="role-edge__warn"> · {t('edges.permissionMissing')}</span>}
            {data?.loop && (
              <span
                className={`role-edge__loop role-edge__loop--${data.loop}`}
                data-loop={data.loop}
                // a screen reader hears what the badge means, not "↻ loop" (the title is not reliably read)
                role="img"
                aria-label={t(data.loop === 'stops' ? 'edges.loopLong' : 'edges.loopRunsOn')}
                title={t(data.loop === 'stops' ? 'edges.loopLong' : 'edges.loopRunsOn')}
              >
                {' '}
                ↻ {t('edges.loop')}
              </span>
            )}
            {cross && (
              <span
                className="role-edge__cross"
                data-testid="cross-account-label"
                title={t('edges.crossAccountLong', { from: cross.from, to: cross.to })}
              >
                {' '}
                · {t('edges.crossAccount')}
              </span>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
})

const EDGE_ROLE_CLASSES = [
  'trigger',
  'eventSourceMapping',
  'dlq',
  'onFailure',
  'onSuccess',
  'access',
  'writes',
  'stream',
  'unknown',
] as const

/** Arrowheads per role (one hidden SVG; edges refer to them by id). */
export function EdgeMarkers({ idPrefix }: { idPrefix: string }) {
  return (
    <svg className="edge-markers" aria-hidden="true" focusable="false">
      <defs>
        {EDGE_ROLE_CLASSES.map((role) => (
          <marker
            key={role}
            id={`${idPrefix}-${role}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M0 0L10 5L0 10z" className={`role-edge__arrow role-edge__arrow--${role}`} />
          </marker>
        ))}
      </defs>
    </svg>
  )
}
