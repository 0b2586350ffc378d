import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatMoney } from '../../domain/measures/money'
import { budgetTotals, measuresByTag } from '../../domain/measures/measure-view'
import { tagLabel } from '../../domain/measures/measure-tags'
import type { RecoveryMeasure } from '../../domain/model'
import { formattingLocale } from '../../i18n'
import { useNames } from '../../components/use-names'
import { measuresHref } from '../../routes/location'

/** The measures under each right (or group) they concern, with counts and budget totals per currency. */
export function ByTagView({ measures, kind }: { measures: readonly RecoveryMeasure[]; kind: 'rights' | 'groups' }) {
  const { t, i18n } = useTranslation()
  const sections = useMemo(() => measuresByTag(measures, kind), [measures, kind])
  const locale = formattingLocale(i18n.language)
  const names = useNames()
  return (
    <section aria-labelledby={`by-${kind}-heading`}>
      <h2 id={`by-${kind}-heading`} className="visually-hidden">
        {t(kind === 'rights' ? 'measures.views.by-right' : 'measures.views.by-group')}
      </h2>
      <p className="hint">{t('measures.byTag.note')}</p>
      <div className="tag-sections">
        {sections.map((section) => {
          const totals = budgetTotals(section.measures)
          const name = section.tag === null ? t(kind === 'rights' ? 'measures.byTag.noRight' : 'measures.byTag.noGroup') : tagLabel(kind, section.tag, names.language)
          return (
            <section key={section.tag ?? ''} className="card tag-section" aria-label={name}>
              <h3>{t('measures.byTag.heading', { name, count: section.measures.length })}</h3>
              {totals.length ? <p className="hint">{t('measures.byTag.budget', { totals: totals.map((m) => formatMoney(m, locale)).join(' · ') })}</p> : null}
              <ul className="tag-measures">
                {section.measures.map((m) => (
                  <li key={m.id}>
                    <a href={measuresHref({ kind: 'measure', id: m.id })}>{m.title}</a>
                    <span className="hint"> · {t(`measures.types.${m.type}`)} · {t(`measures.statuses.${m.status}`)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )
        })}
      </div>
    </section>
  )
}
