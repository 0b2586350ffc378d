import { useTranslation } from 'react-i18next'
import { MEASURE_COLUMNS, REQUIRED_MEASURE_COLUMNS } from '../../domain/measures/measure-columns'

/** The documentation of the exchange file's columns, from the same list the importer and exporters use. */
export function ColumnDocs() {
  const { t } = useTranslation()
  return (
    <details className="column-docs">
      <summary>{t('measures.columnsDoc.summary')}</summary>
      <p className="hint">{t('measures.columnsDoc.intro')}</p>
      <table className="table">
        <caption className="visually-hidden">{t('measures.columnsDoc.summary')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measures.columnsDoc.column')}</th>
            <th scope="col">{t('measures.columnsDoc.needed')}</th>
            <th scope="col">{t('measures.columnsDoc.use')}</th>
          </tr>
        </thead>
        <tbody>
          {MEASURE_COLUMNS.map((c) => (
            <tr key={c}>
              <th scope="row">
                <code>{c}</code>
              </th>
              <td>{REQUIRED_MEASURE_COLUMNS.includes(c) ? t('measures.columnsDoc.required') : t('measures.columnsDoc.optional')}</td>
              <td>{t(`measures.columns.${c}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
