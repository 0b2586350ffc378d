import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { useMeasureLinks, useMeasures } from '../../db/hooks/measure-hooks'
import type { MissionProfile } from '../../domain/model'
import { ByTagView } from './ByTagView'
import { ExportActions } from './ExportActions'
import { MeasureEditor } from './MeasureEditor'
import { MeasureList } from './MeasureList'
import { MeasuresImportPanel } from './MeasuresImportPanel'
import { MeasureTimeline } from './MeasureTimeline'
import { MEASURE_VIEWS, measuresHref, type MeasuresPlace } from '../../routes/location'
import { navigate, useLocation } from '../../routes/use-location'
import './measures.css'

// The charting library is loaded when the charts are first shown: it stays out of the app's first download.
const MeasureCharts = lazy(() => import('./MeasureCharts').then((m) => ({ default: m.MeasureCharts })))

/** Where the measures area is (its list when the address names another page). */
function useMeasuresPlace(): MeasuresPlace {
  const location = useLocation()
  return location.page === 'measures' ? location.place : { kind: 'view', view: 'list' }
}

/** The COVID-19 recovery measures register: list, views by right and group, timeline, charts, import and export. */
export function MeasuresPage({ profile }: { profile: MissionProfile }) {
  const { t } = useTranslation()
  const location = useMeasuresPlace()
  const measures = useMeasures()
  const links = useMeasureLinks()
  const [importing, setImporting] = useState(false)
  // The measure just created keeps the editor that created it (same key), so its "Saved." stays visible.
  const [created, setCreated] = useState<string | null>(null)

  if (location.kind !== 'view') {
    return (
      <div className="measures">
        <MeasureEditor
          key={location.kind === 'new' || location.id === created ? 'new' : location.id}
          measureId={location.kind === 'measure' ? location.id : null}
          profile={profile}
          onCreated={(id) => {
            setCreated(id)
            navigate({ page: 'measures', place: { kind: 'measure', id } })
          }}
        />
      </div>
    )
  }

  const view = location.view
  return (
    <div className="measures">
      <div className="measures-top">
        <PageTitle>{t('measures.title')}</PageTitle>
        <div className="button-row">
          <a className="button primary" href={measuresHref({ kind: 'new' })}>
            {t('measures.new')}
          </a>
          <button type="button" onClick={() => setImporting((v) => !v)} aria-expanded={importing}>
            {t('measures.import.open')}
          </button>
        </div>
      </div>
      <p className="hint">{t('measures.intro')}</p>
      {importing ? <MeasuresImportPanel profile={profile} onClose={() => setImporting(false)} /> : null}
      <ExportActions profile={profile} measures={measures ?? []} links={links ?? []} />
      <nav className="measures-views" aria-label={t('measures.views.label')}>
        <ul>
          {MEASURE_VIEWS.map((v) => (
            <li key={v}>
              <a href={measuresHref({ kind: 'view', view: v })} aria-current={v === view ? 'page' : undefined}>
                {t(`measures.views.${v}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {measures === undefined || links === undefined ? (
        <p>{t('measures.loading')}</p>
      ) : measures.length === 0 ? (
        <div className="empty-state">
          <h2>{t('measures.empty.title')}</h2>
          <p>{t('measures.empty.text')}</p>
          <a className="button primary" href={measuresHref({ kind: 'new' })}>
            {t('measures.new')}
          </a>
        </div>
      ) : view === 'list' ? (
        <MeasureList measures={measures} links={links} />
      ) : view === 'by-right' ? (
        <ByTagView measures={measures} kind="rights" />
      ) : view === 'by-group' ? (
        <ByTagView measures={measures} kind="groups" />
      ) : view === 'timeline' ? (
        <MeasureTimeline measures={measures} />
      ) : (
        <Suspense fallback={<p>{t('measures.loading')}</p>}>
          <MeasureCharts measures={measures} />
        </Suspense>
      )}
    </div>
  )
}
