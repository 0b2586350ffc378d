import { useTranslation } from 'react-i18next'
import { TagPicker } from '../../components/TagPicker'
import type { MeasureFields } from '../../domain/measures/measure-rows'
import type { SetMeasureField } from './use-measure-draft'
import { useNames } from '../../components/use-names'
import { measureVocabulary } from './vocabulary'

/** The measure's tags: the rights it serves, the groups it reaches, the SDG targets it advances. */
export function MeasureTagFields({ draft, set }: { draft: MeasureFields; set: SetMeasureField }) {
  const { t } = useTranslation()
  const vocabulary = measureVocabulary(useNames().language)
  const removeLabel = (name: string) => t('measures.editor.remove', { name })
  return (
    <fieldset>
      <legend>{t('measures.editor.tags')}</legend>
      <TagPicker label={t('measures.fields.rights')} options={vocabulary.rights} value={draft.rights} onChange={(v) => set('rights', v)} addLabel={t('measures.editor.add')} removeLabel={removeLabel} />
      <TagPicker label={t('measures.fields.groups')} options={vocabulary.groups} value={draft.groups} onChange={(v) => set('groups', v)} addLabel={t('measures.editor.add')} removeLabel={removeLabel} />
      <TagPicker label={t('measures.fields.sdgTargets')} options={vocabulary.sdgTargets} value={draft.sdgTargets} onChange={(v) => set('sdgTargets', v)} addLabel={t('measures.editor.add')} removeLabel={removeLabel} />
    </fieldset>
  )
}
