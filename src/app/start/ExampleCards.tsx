import { useTranslation } from 'react-i18next'
import { START_EXAMPLES, type StartExampleId } from './examples'

/** The bundled examples as cards: a title, a one-line story, what to watch, and Open. */
export function ExampleCards({ onOpen }: { onOpen: (id: StartExampleId) => void }) {
  const { t } = useTranslation()
  return (
    <ul className="start__examples">
      {START_EXAMPLES.map((id) => {
        const title = t(`start.examples.${id}.title`)
        return (
          <li key={id} className="start-example" data-example={id}>
            <h4 className="start-example__title">{title}</h4>
            <p className="start-example__story">{t(`start.examples.${id}.story`)}</p>
            <p className="start-example__watch">
              <span className="start-example__watch-label">{t('start.watch')}</span> {t(`start.examples.${id}.watch`)}
            </p>
            <button
              type="button"
              className="button start-example__open"
              aria-label={t('start.openLabel', { title })}
              onClick={() => onOpen(id)}
            >
              {t('start.open')}
            </button>
          </li>
        )
      })}
    </ul>
  )
}
