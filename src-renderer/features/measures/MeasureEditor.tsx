import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import type { MissionProfile } from '../../domain/model'
import { measuresHref } from '../../routes/location'
import { ErrorSummary } from './ErrorSummary'
import { MeasureActions } from './MeasureActions'
import { MeasureOutcomeFields } from './MeasureOutcomeFields'
import { MeasureTagFields } from './MeasureTagFields'
import { MeasureWhatFields } from './MeasureWhatFields'
import { RecommendationLinks } from './RecommendationLinks'
import { useMeasureDraft, type SetMeasureField } from './use-measure-draft'
import { useSaveMeasure } from './use-save-measure'

/** The form for one measure (new or stored): every field, and the recommendations it answers. */
export function MeasureEditor({ measureId, profile, onCreated }: { measureId: string | null; profile: MissionProfile; onCreated: (id: string) => void }) {
  const { t } = useTranslation()
  const id = useId()
  const measure = useMeasureDraft(measureId)
  const saving = useSaveMeasure(measureId, measure, onCreated)
  const { stored, draft, linked } = measure
  const { errors, clearStatus } = saving
  const idOf = (name: string) => `${id}-${name}`
  // Every change makes "Saved." untrue.
  const set: SetMeasureField = (key, value) => {
    measure.set(key, value)
    clearStatus()
  }

  if (measureId && stored === undefined) return <p>{t('measures.loading')}</p>
  if (measureId && stored === null) {
    return (
      <div>
        <PageTitle>{t('measures.editor.notFound')}</PageTitle>
        <a href={measuresHref({ kind: 'view', view: 'list' })}>{t('measures.editor.back')}</a>
      </div>
    )
  }

  return (
    <div className="measure-editor">
      <p>
        <a href={measuresHref({ kind: 'view', view: 'list' })}>{t('measures.editor.back')}</a>
      </p>
      <PageTitle>{stored ? stored.title || t('measures.editor.untitled') : t('measures.editor.newTitle')}</PageTitle>
      <form className="form measure-form" onSubmit={saving.submit} noValidate aria-label={t('measures.editor.formLabel')}>
        <ErrorSummary errors={errors} idOf={idOf} focusRef={saving.summaryRef} />
        <MeasureWhatFields
          idOf={idOf}
          draft={draft}
          errors={errors}
          set={set}
          amount={measure.amount}
          currency={measure.currency}
          onAmountChange={(amount) => {
            measure.setAmount(amount)
            clearStatus()
          }}
          onCurrencyChange={(currency) => {
            measure.setCurrency(currency)
            clearStatus()
          }}
        />
        <MeasureTagFields draft={draft} set={set} />
        <MeasureOutcomeFields idOf={idOf} draft={draft} set={set} />
        <RecommendationLinks
          profile={profile}
          measureId={stored?.id ?? null}
          measureStatus={draft.status}
          linked={linked}
          onChange={(next) => {
            measure.setLinked(next)
            clearStatus()
          }}
          savedRevision={saving.savedRevision}
        />
        <MeasureActions stored={Boolean(stored)} linkCount={linked.length} status={saving.status} onDelete={() => void saving.remove()} />
      </form>
    </div>
  )
}
