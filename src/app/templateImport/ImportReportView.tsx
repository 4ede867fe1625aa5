import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { NodeType, Scenario } from '../../model'
import type { ImportReport } from '../../model/template'

/**
 * What an import will bring: node kinds with counts, resources not simulated (with why and where), the parameters
 * (children), notes.
 */
export function ImportReportView({
  scenario,
  report,
  kinds,
  children,
}: {
  scenario: Scenario
  report: ImportReport
  kinds: readonly [NodeType, number][]
  /** Shown after what is not simulated, before the notes (the parameters form). */
  children?: ReactNode
}) {
  const { t } = useTranslation()
  // Note and reason keys come from the report's codes (checked by the i18n key test against
  // src/model/template/types.ts).
  const say = t as unknown as (key: string, options?: Record<string, unknown>) => string
  return (
    <div className="template-import__report">
      <p>{t('templateImport.summary', { count: scenario.nodes.length, edges: scenario.edges.length })}</p>
      <h3 className="template-import__heading">{t('templateImport.nodesHeading')}</h3>
      <ul className="template-import__kinds">
        {kinds.map(([type, count]) => (
          <li key={type}>
            {t(`nodes.name.${type}`)} <span className="template-import__count">× {count}</span>
          </li>
        ))}
      </ul>
      <h3 className="template-import__heading">
        {t('templateImport.unsupportedHeading', { count: report.unsupported.length })}
      </h3>
      {report.unsupported.length === 0 ? (
        <p className="field__hint">{t('templateImport.unsupportedNone')}</p>
      ) : (
        <ul className="template-import__unsupported" data-testid="template-unsupported">
          {report.unsupported.map((u) => (
            <li key={u.logicalId}>
              <code>{u.logicalId}</code> <span className="template-import__type">{u.type}</span>
              {u.line !== undefined ? (
                <span className="template-import__line"> · {t('templateImport.lineRef', { line: u.line })}</span>
              ) : null}
              <br />
              <span className="field__hint">{say(`templateImport.reason.${u.reasonCode}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {children}
      {report.notes.length > 0 ? (
        <details className="template-import__notes">
          <summary>{t('templateImport.notesHeading', { count: report.notes.length })}</summary>
          <ul>
            {report.notes.map((n, i) => (
              <li key={i}>
                {say(`templateImport.note.${n.code}`, n.params)}
                {n.line !== undefined ? (
                  <span className="template-import__line"> · {t('templateImport.lineRef', { line: n.line })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="field__hint">{t('templateImport.simplification')}</p>
    </div>
  )
}
