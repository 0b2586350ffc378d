import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { todayLocal } from '../../domain/dates'
import type { MissionProfile, Statement } from '../../domain/model'
import { FIELD } from '../../domain/statements/fields'
import { stateName } from './format'
import type { Autosave } from './use-autosave'
import type { EditorAction } from './use-editor-action'

/** "Mark as delivered": the date it was said, and the recommendations it adds to the register. */
export function useDelivery(initial: Statement, profile: MissionProfile, words: Pick<Autosave, 'flush' | 'latestWords'>, { act, setStatus }: Pick<EditorAction, 'act' | 'setStatus'>, onDelivered: () => void) {
  const { t } = useTranslation()
  const { statements: repo, register } = useRepositories()
  const [deliveredOn, setDeliveredOn] = useState(() => initial.fields[FIELD.date] || todayLocal())
  const ours = profile.stateIso3

  const deliver = () =>
    act(async () => {
      if (!deliveredOn) throw Object.assign(new Error(t('statements.delivery.dateRequired')), { key: 'statements.delivery.dateRequired' })
      await words.flush()
      const report = await repo.markDelivered(words.latestWords(), deliveredOn, { iso3: ours, name: stateName(ours) })
      if (report.recommendations > 0) await register.reload()
      onDelivered()
      setStatus(report.recommendations > 0 ? { text: t('statements.delivery.doneWithRecommendations', { count: report.recommendations }), link: 'register' } : { text: t('statements.delivery.done') })
    })

  return { deliveredOn, setDeliveredOn, deliver }
}
