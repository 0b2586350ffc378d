import { useTranslation } from 'react-i18next'
import type { MeasureFields } from '../../domain/measures/measure-rows'
import type { SetMeasureField } from './use-measure-draft'

/** What the measure achieved: results, indicators, lessons learned, and whether it is a good practice to share. */
export function MeasureOutcomeFields({ idOf, draft, set }: { idOf: (name: string) => string; draft: MeasureFields; set: SetMeasureField }) {
  const { t } = useTranslation()
  return (
    <fieldset>
      <legend>{t('measures.editor.outcome')}</legend>
      <div className="field">
        <label htmlFor={idOf('results')}>{t('measures.fields.results')}</label>
        <textarea id={idOf('results')} rows={3} value={draft.results} onChange={(e) => set('results', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={idOf('indicators')}>{t('measures.fields.indicators')}</label>
        <textarea id={idOf('indicators')} rows={2} value={draft.indicators} onChange={(e) => set('indicators', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={idOf('lessonsLearned')}>{t('measures.fields.lessonsLearned')}</label>
        <textarea id={idOf('lessonsLearned')} rows={3} value={draft.lessonsLearned} onChange={(e) => set('lessonsLearned', e.target.value)} />
      </div>
      <div className="checkbox">
        <input id={idOf('goodPractice')} type="checkbox" checked={draft.goodPractice} onChange={(e) => set('goodPractice', e.target.checked)} aria-describedby={idOf('goodPractice-hint')} />
        <label htmlFor={idOf('goodPractice')}>{t('measures.fields.goodPractice')}</label>
      </div>
      <p className="hint" id={idOf('goodPractice-hint')}>{t('measures.editor.goodPracticeHint')}</p>
    </fieldset>
  )
}
