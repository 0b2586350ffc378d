import { useTranslation } from 'react-i18next'
import type { SmartCheck } from '../../domain/statements/smart'

/** The SMART check of one recommendation: each criterion, what met it, and a concrete hint when not. */
export function SmartCheckView({ check, label }: { check: SmartCheck; label: string }) {
  const { t } = useTranslation()
  return (
    <section className="smart" aria-label={label}>
      <p className="smart-summary">
        <strong>{t('statements.smart.summary', { met: check.met, checked: check.checked })}</strong>
        {check.verb && check.category ? ` · ${t('statements.smart.verb', { verb: check.verb, category: check.category, label: t(`statements.smart.categories.${check.category}`) })}` : ''}
      </p>
      <ul className="smart-criteria">
        {check.criteria.map((c) => (
          <li key={c.criterion} className={c.ok === true ? 'is-met' : c.ok === false ? 'is-not-met' : 'is-not-checked'}>
            <span className="smart-mark" aria-hidden="true">
              {c.ok === true ? '✓' : c.ok === false ? '✗' : '–'}
            </span>
            <span>
              <strong>{t(`statements.smart.criteria.${c.criterion}`)}</strong>
              {`: ${c.ok === true ? t('statements.smart.met') : c.ok === false ? t('statements.smart.notMet') : t('statements.smart.notChecked')}`}
              {c.ok === true && c.evidence.length > 0 ? ` (${t('statements.smart.found', { words: c.evidence.join(', ') })})` : ''}
              {c.hint && c.ok !== true ? <span className="smart-hint">{t(`statements.smart.hints.${c.hint.key}`, c.hint.params)}</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
