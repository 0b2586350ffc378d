import { useTranslation } from 'react-i18next'
import { formatDate } from '../../domain/dates'
import type { Statement } from '../../domain/model'
import { formattingLocale } from '../../i18n'

/** Says that a delivered statement can no longer change, and when it was delivered. */
export function LockedNote({ deliveredOn }: { deliveredOn: Statement['deliveredOn'] }) {
  const { t, i18n } = useTranslation()
  return (
    <p className="locked-note">
      {t('statements.editor.locked')} {deliveredOn ? t('statements.editor.deliveredOn', { date: formatDate(deliveredOn, formattingLocale(i18n.language)) }) : ''}
    </p>
  )
}
