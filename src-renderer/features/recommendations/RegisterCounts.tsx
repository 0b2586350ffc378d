import { useTranslation } from 'react-i18next'
import type { RegisterSnapshot } from '../../db/register/register-store'
import type { RegisterResult } from '../../domain/register-view'
import { useNumberFormat } from './number-format'

/** How the register stands: why it failed to load, or how many recommendations it shows of how many, by position. */
export function RegisterCounts({ snapshot, result }: { snapshot: RegisterSnapshot; result: RegisterResult }) {
  const { t } = useTranslation()
  const format = useNumberFormat()
  const { table } = snapshot
  const { counts } = result
  return (
    <>
      {snapshot.failed ? <p role="alert" className="field-error">{t('register.failed', { message: snapshot.failed })}</p> : null}
      <p className="register-counts" role="status" aria-live="polite">
        {snapshot.loaded
          ? t('register.counts', { shown: format(result.indices.length), total: format(table.size) })
          : t('register.loading', { count: format(table.size) })}
        {' · '}
        {t('register.countsByPosition', {
          supported: format(counts.supported),
          noted: format(counts.noted),
          partly: format(counts['supported-in-part']),
          pending: format(counts.pending)
        })}
      </p>
    </>
  )
}
