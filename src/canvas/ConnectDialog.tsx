import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { EdgeRole, NodeId } from '../model'
import { planConnection } from '../store/connectionPlan'
import { selectScenario } from '../store/selectors'
import { useAppStore } from '../store/useAppStore'

interface Option {
  to: NodeId
  role: EdgeRole
  label: string
}

/**
 * "Connect to…" from the keyboard: every connection AWS allows from the selected node, one button each (a function →
 * queue offers DLQ, on-failure and on-success as separate choices). A native modal dialog: focus is trapped, Escape
 * closes.
 */
export function ConnectDialog({
  from,
  onConnect,
  onClose,
}: {
  from: NodeId
  onConnect: (to: NodeId, role: EdgeRole) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const doc = useAppStore(selectScenario)
  const ref = useRef<HTMLDialogElement>(null)
  const source = doc.nodes.find((n) => n.id === from)
  const options = useMemo<Option[]>(() => {
    const out: Option[] = []
    for (const n of doc.nodes) {
      if (n.id === from) continue
      const plan = planConnection(doc, from, n.id)
      const name = `${n.label ?? n.id} (${t(`nodes.name.${n.type}`)})`
      const roles = plan.kind === 'ready' ? [plan.role] : plan.kind === 'choose' ? plan.roles : []
      for (const role of roles)
        out.push({ to: n.id, role, label: t('canvas.connect.option', { to: name, role: t(`edges.role.${role}`) }) })
    }
    return out
  }, [doc, from, t])
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])
  const title = t('canvas.connect.dialogTitle', { from: source ? (source.label ?? source.id) : from })
  return (
    <dialog ref={ref} className="connect-dialog" aria-label={title} onClose={onClose} onCancel={onClose}>
      <h2 className="connect-dialog__title">{title}</h2>
      <p className="connect-dialog__hint">{t('canvas.connect.dialogHint')}</p>
      {options.length === 0 ? (
        <p className="connect-dialog__empty">{t('canvas.connect.noTargets')}</p>
      ) : (
        <ul className="connect-dialog__list">
          {options.map((o) => (
            <li key={`${o.to}|${o.role}`}>
              <button type="button" className="connect-dialog__option" onClick={() => onConnect(o.to, o.role)}>
                <span className={`role-chip role-chip--${o.role}`}>{t(`edges.role.${o.role}`)}</span>
                {o.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onClose}>
        {t('canvas.connect.close')}
      </button>
    </dialog>
  )
}
