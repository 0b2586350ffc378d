import { useState } from 'react'
import { useNames } from '../../components/use-names'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { todayLocal } from '../../domain/dates'
import { MEASURE_COLUMNS, type MeasureColumn } from '../../domain/measures/measure-columns'
import { formatRecommendationRef } from '../../domain/measures/recommendation-refs'
import type { MissionProfile, Recommendation, RecommendationMeasureLink, RecoveryMeasure } from '../../domain/model'
import { suggestedFileName } from '../../export/kit/file-name'
import { getPlatform } from '../../platform'
import { BriefExport } from './BriefExport'

interface Props {
  profile: MissionProfile
  measures: readonly RecoveryMeasure[]
  links: readonly RecommendationMeasureLink[]
}

/** Export of the measures for the capital (CSV, Excel) and the good-practice brief (Word). */
export function ExportActions({ profile, measures, links }: Props) {
  const { t } = useTranslation()
  const names = useNames()
  const { recommendations } = useRepositories()
  const [message, setMessage] = useState('')
  const [problem, setProblem] = useState('')
  const report = (text: string, failed = false) => {
    setMessage(failed ? '' : text)
    setProblem(failed ? text : '')
  }
  const state = names.state(profile.stateIso3)

  async function refsOf(): Promise<(measureId: string) => string[]> {
    const ids = [...new Set(links.map((l) => l.recommendationId))]
    const found = (await Promise.all(ids.map((id) => recommendations.get(id)))).filter((r): r is Recommendation => r !== undefined)
    const byId = new Map(found.map((r) => [r.id, formatRecommendationRef(r)]))
    return (measureId) => links.filter((l) => l.measureId === measureId).map((l) => byId.get(l.recommendationId) ?? l.recommendationId)
  }

  async function save(kind: 'csv' | 'xlsx') {
    report('')
    try {
      const table = { measures: [...measures].sort((a, b) => a.title.localeCompare(b.title)), recommendationRefs: await refsOf() }
      const notes = Object.fromEntries(MEASURE_COLUMNS.map((c) => [c, t(`measures.columns.${c}`)])) as Record<MeasureColumn, string>
      // The spreadsheet writer is loaded on first use: it stays out of the app's first download.
      const { measuresToCsv, measuresToXlsx } = await import('../../export/measures/measures-table')
      const bytes =
        kind === 'csv'
          ? measuresToCsv(table)
          : measuresToXlsx(table, notes, { required: t('measures.columnsDoc.required'), optional: t('measures.columnsDoc.optional'), column: t('measures.columnsDoc.column'), use: t('measures.columnsDoc.use'), needed: t('measures.columnsDoc.needed') })
      const name = suggestedFileName({ date: todayLocal(), subject: state, title: t('measures.export.fileName'), extension: kind })
      const result = await getPlatform().saveFile(bytes, name, [kind === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: t('export.excelWorkbook'), extensions: ['xlsx'] }])
      report(result.status === 'saved' ? t('measures.export.saved', { where: result.where, count: measures.length }) : t('measures.export.cancelled'))
    } catch (error) {
      report(t('measures.export.failed', { message: error instanceof Error ? error.message : String(error) }), true)
    }
  }

  return (
    <section className="measures-export" aria-label={t('measures.export.label')}>
      <div className="button-row">
        <button type="button" disabled={measures.length === 0} onClick={() => void save('csv')}>
          {t('measures.export.csv')}
        </button>
        <button type="button" disabled={measures.length === 0} onClick={() => void save('xlsx')}>
          {t('measures.export.xlsx')}
        </button>
        <BriefExport profile={profile} measures={measures} links={links} onMessage={report} />
      </div>
      <p role="status" className="status-message">
        {message}
      </p>
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
    </section>
  )
}
