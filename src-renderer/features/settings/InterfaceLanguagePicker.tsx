import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { INTERFACE_LANGUAGES, isInterfaceLanguage, type InterfaceLanguage } from '../../i18n'
import './interface-language.css'

/**
 * "Language of the app": English, Français, Español. Stores the choice, then switches the whole app at
 * once (no reload). `compact` puts label and list on one line, for the first-run setup page.
 */
export function InterfaceLanguagePicker({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation()
  const { interfaceLanguage: repository } = useRepositories()
  const id = useId()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const current: InterfaceLanguage = isInterfaceLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en'

  async function choose(language: InterfaceLanguage) {
    setBusy(true)
    setMessage('')
    try {
      // Stored first: if storing fails the app stays as it was, rather than switching for this session only.
      await repository.set(language)
      await i18n.changeLanguage(language)
      setMessage(i18n.t('settings.interfaceLanguage.changed'))
    } catch (error) {
      setMessage(t('settings.interfaceLanguage.failed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className={compact ? 'interface-language interface-language-compact' : 'interface-language'}>
      <div className="field">
        <label htmlFor={`${id}-select`}>{t('settings.interfaceLanguage.label')}</label>
        <select
          id={`${id}-select`}
          value={current}
          disabled={busy}
          aria-describedby={compact ? undefined : `${id}-hint`}
          onChange={(e) => {
            if (isInterfaceLanguage(e.target.value)) void choose(e.target.value)
          }}
        >
          {INTERFACE_LANGUAGES.map((l) => (
            // Each name is in its own language: lang lets a screen reader pronounce it that way.
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
        {compact ? null : (
          <p className="hint" id={`${id}-hint`}>
            {t('settings.interfaceLanguage.hint')}
          </p>
        )}
      </div>
      <p role="status" className={compact ? 'status-message visually-hidden' : 'status-message'}>
        {message}
      </p>
    </div>
  )
}
