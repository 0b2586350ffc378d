import { useTranslation } from 'react-i18next'

/** A field's error under it, by its message key; the field points at it with `aria-describedby` (id `${fieldId}-error`). */
export function FieldError({ fieldId, messageKey }: { fieldId: string; messageKey: string | undefined }) {
  const { t } = useTranslation()
  if (!messageKey) return null
  return (
    <p className="field-error" id={`${fieldId}-error`}>
      {t(messageKey)}
    </p>
  )
}
