import { useTranslation } from 'react-i18next'
import { InterfaceLanguagePicker } from './InterfaceLanguagePicker'

/** Settings: the language of the app, separate from the profile's preferred language for documents. */
export function InterfaceLanguageSection() {
  const { t } = useTranslation()
  return (
    <section className="card settings-section" aria-labelledby="interface-language-heading">
      <h2 id="interface-language-heading">{t('settings.interfaceLanguage.title')}</h2>
      <InterfaceLanguagePicker />
    </section>
  )
}
