import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ERAS, type Era, type Issue, type Scenario } from '../../model'
import { getAtPath } from './docPath'
import { ACCOUNT_FIELDS, SCENARIO_FIELDS, type FieldSpec } from './fieldSpecs'
import { IssueList } from './IssueList'
import { scenarioFieldInfo } from './schemaInfo'
import { SpecField, type Commit, type FormTarget } from './forms'

const SCENARIO: FormTarget = { kind: 'scenario' }

export type ScenarioMeta = Pick<
  Scenario,
  | 'title'
  | 'description'
  | 'era'
  | 'seed'
  | 'durationMs'
  | 'runLimitMs'
  | 'accountId'
  | 'region'
  | 'accountConcurrencyLimit'
>

/** Nothing selected: the scenario's own settings, with the era switch explained (§12). */
export function ScenarioSettings({ scenario, commit }: { scenario: ScenarioMeta; commit: Commit }) {
  const { t } = useTranslation()
  const id = useId()
  const [eraRefusal, setEraRefusal] = useState<{ era: Era; issues: Issue[] } | null>(null)
  const [title, description, seed, duration, runLimit] = SCENARIO_FIELDS
  const field = (spec: FieldSpec | undefined) =>
    spec ? (
      <SpecField
        key={spec.id}
        spec={spec}
        info={scenarioFieldInfo(spec.path)}
        value={getAtPath(scenario, spec.path)}
        era={scenario.era}
        node={null}
        selfId=""
        onCommit={(v) => commit(SCENARIO, spec.path, v)}
      />
    ) : null
  const switchEra = (era: Era) => {
    const issues = commit(SCENARIO, ['era'], era)
    setEraRefusal(issues.length > 0 ? { era, issues } : null)
  }
  return (
    <div className="inspector__form">
      <h3 className="inspector__heading">{t('inspector.scenarioTitle')}</h3>
      <p className="field__hint">{t('inspector.scenarioHint')}</p>
      {field(title)}
      {field(description)}
      <fieldset className="field era" aria-describedby={`${id}-explain`}>
        <legend className="field__label">
          {t('inspector.era.label')} <span className="field__ref">§12</span>
        </legend>
        <div className="segmented" role="radiogroup" aria-label={t('inspector.era.label')}>
          {ERAS.map((era) => (
            <label key={era} className={`segmented__option${scenario.era === era ? ' segmented__option--on' : ''}`}>
              <input
                type="radio"
                name={`${id}-era`}
                value={era}
                checked={scenario.era === era}
                onChange={() => switchEra(era)}
              />
              {t(`inspector.era.${era}`)}
            </label>
          ))}
        </div>
        <p id={`${id}-explain`} className="field__hint">
          {t('inspector.era.explain')}
        </p>
        {eraRefusal ? (
          <div className="field__error" role="alert">
            <p>{t('inspector.era.switchRefused', { era: t(`inspector.era.${eraRefusal.era}`) })}</p>
            <IssueList issues={eraRefusal.issues} />
          </div>
        ) : null}
      </fieldset>
      {field(seed)}
      {field(duration)}
      {field(runLimit)}
      <h4 className="inspector__subheading">{t('inspector.account')}</h4>
      <p className="field__hint">{t('inspector.accountHint')}</p>
      {ACCOUNT_FIELDS.map(field)}
    </div>
  )
}
