import { useTranslation } from 'react-i18next'

/** What an empty register says, with the way to fill it: importing. */
export function EmptyRegister({ onImport }: { onImport: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="empty-state">
      <h2>{t('register.empty.title')}</h2>
      <p>{t('register.empty.text')}</p>
      <button type="button" className="primary" onClick={onImport}>{t('register.import')}</button>
    </div>
  )
}
