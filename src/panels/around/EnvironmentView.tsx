import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { AWS_MANAGED_LAMBDA_KEY, environmentAsHandlerSees } from '../../model'

/** §8 the function's variables as the handler reads them: plaintext, or ciphertext when encryption helpers are used. */
export function EnvironmentView({
  variables,
  kmsKeyArn,
}: {
  variables: Readonly<Record<string, string>>
  kmsKeyArn: string | null
}) {
  const { t } = useTranslation()
  const rows = useMemo(() => environmentAsHandlerSees(variables, kmsKeyArn), [variables, kmsKeyArn])
  return (
    <div className="around-env" data-testid="environment-view">
      <h4 className="around__sub">{t('around.env.title')}</h4>
      <p className="field__hint">
        {t('around.env.key', { key: kmsKeyArn ?? AWS_MANAGED_LAMBDA_KEY })} —{' '}
        {kmsKeyArn === null ? t('around.env.managed') : t('around.env.customer')}
      </p>
      {rows.length === 0 ? (
        <p className="inputs__none">{t('around.env.none')}</p>
      ) : (
        <table className="around-env__table">
          <thead>
            <tr>
              <th scope="col">{t('around.env.plaintext')}</th>
              {kmsKeyArn !== null && <th scope="col">{t('around.env.ciphertext')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>
                  <code>
                    {r.key}={r.plaintext}
                  </code>
                </td>
                {r.ciphertext !== null && (
                  <td>
                    <code>
                      {r.key}={r.ciphertext}
                    </code>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {kmsKeyArn !== null && rows.length > 0 && <p className="field__hint">{t('around.env.standIn')}</p>}
    </div>
  )
}
