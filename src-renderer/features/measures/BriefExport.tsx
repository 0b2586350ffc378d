import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { todayLocal } from '../../domain/dates'
import type { MissionProfile, Recommendation, RecommendationMeasureLink, RecoveryMeasure } from '../../domain/model'
import { stateName } from '../../domain/names'
import { emblemFromAttachment } from '../../export/kit/emblem'
import { documentProblemText, isDocumentProblem } from '../../export/kit/problem'
import type { BriefLabels } from '../../export/measures/good-practice-brief'
import { getPlatform } from '../../platform'

interface Props {
  profile: MissionProfile
  measures: readonly RecoveryMeasure[]
  links: readonly RecommendationMeasureLink[]
  /** What the export did; `problem` when nothing was written. */
  onMessage: (message: string, problem?: boolean) => void
}

/** The button that writes the good-practice brief "Recover better" as a Word document. */
export function BriefExport({ profile, measures, links, onMessage }: Props) {
  const { t, i18n } = useTranslation()
  const { recommendations, emblem: emblems } = useRepositories()
  const [busy, setBusy] = useState(false)

  async function exportBrief() {
    setBusy(true)
    onMessage('')
    try {
      const good = new Set(measures.filter((m) => m.goodPractice).map((m) => m.id))
      const wanted = [...new Set(links.filter((l) => good.has(l.measureId)).map((l) => l.recommendationId))]
      const found = (await Promise.all(wanted.map((id) => recommendations.get(id)))).filter((r): r is Recommendation => r !== undefined)
      // The letterhead carries the mission's emblem from Settings, as every other document does.
      const { emblem, unreadable } = emblemFromAttachment(await emblems.get())
      // The Word writer is loaded on first use: it stays out of the app's first download.
      const [{ buildMissionDocument, packDocx, suggestedFileName }, { briefInputFrom }, { buildGoodPracticeBrief }] = await Promise.all([
        import('../../export/kit'),
        import('../../export/measures/brief-input'),
        import('../../export/measures/good-practice-brief')
      ])
      // The brief is written in the mission's language for documents, whatever the interface shows.
      const labels = i18n.getFixedT(profile.language)('measures.brief', { returnObjects: true }) as unknown as BriefLabels
      const date = todayLocal()
      const doc = buildGoodPracticeBrief(briefInputFrom({ profile, date, measures, links, recommendations: found, labels, emblem }))
      const bytes = await packDocx(buildMissionDocument(doc))
      const name = suggestedFileName({ date, subject: stateName(profile.stateIso3, profile.language), title: t('measures.brief.fileTitle') })
      const result = await getPlatform().saveFile(bytes, name, [{ name: t('export.wordDocument'), extensions: ['docx'] }])
      const note = unreadable ? ` ${t('export.emblemUnreadable')}` : ''
      onMessage((result.status === 'saved' ? t('measures.export.briefSaved', { where: result.where }) : t('measures.export.cancelled')) + note)
    } catch (error) {
      onMessage(isDocumentProblem(error) ? documentProblemText(error, (key, options) => t(key, options)) : t('measures.export.failed', { message: error instanceof Error ? error.message : String(error) }), true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <button type="button" disabled={busy || measures.length === 0} onClick={() => void exportBrief()}>
      {t('measures.export.brief')}
    </button>
  )
}
