import { lazy, Suspense, useEffect, type ComponentType, type LazyExoticComponent } from 'react'
import { useTranslation } from 'react-i18next'
import { AppShell } from './components/AppShell'
import { UpdateNotice } from './components/UpdateNotice'
import { useMissionProfile } from './db/hooks/mission-hooks'
import type { MissionProfile } from './domain/model'
import { DataSafetyNotices } from './features/data-safety'
import { SyncNavItems, SyncStatusIndicator } from './features/sync'
import { SetupPage } from './features/setup/SetupPage'
import type { Page } from './routes/location'
import { useLocation } from './routes/use-location'

type PageComponent = LazyExoticComponent<ComponentType<{ profile: MissionProfile }>>

const loaders: (() => Promise<unknown>)[] = []

/**
 * A page loaded on its first visit: its code (charts, the editor, Word builders) stays out of the first
 * screen. Once the first screen is up, the pages' code is fetched while the app is idle, so a first visit
 * does not wait for it either.
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType<{ profile: MissionProfile }>): PageComponent {
  loaders.push(load)
  return lazy(() => load().then((module) => ({ default: pick(module) })))
}

/** Fetches every page's code when the browser is idle (errors are left to the page's own load). */
function prefetchPages(): void {
  const idle = (run: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 2000))
  let next = 0
  const step = () => {
    const load = loaders[next++]
    if (!load) return
    void load().catch(() => undefined).then(() => idle(step))
  }
  idle(step)
}

/** The page shown for each address of the navigation. */
const PAGES: Record<Page, PageComponent> = {
  dashboard: page(() => import('./features/dashboard/DashboardPage'), (m) => m.DashboardPage),
  review: page(() => import('./features/review/ReviewPage'), (m) => m.ReviewPage),
  sessions: page(() => import('./features/sessions/SessionsPage'), (m) => m.SessionsPage),
  recommendations: page(() => import('./features/recommendations/RecommendationsPage'), (m) => m.RecommendationsPage),
  statements: page(() => import('./features/statements/StatementsPage'), (m) => m.StatementsPage),
  measures: page(() => import('./features/measures/MeasuresPage'), (m) => m.MeasuresPage),
  data: page(() => import('./features/data-safety/DataSafetyPage'), (m) => m.DataSafetyPage),
  settings: page(() => import('./features/settings/SettingsPage'), (m) => m.SettingsPage),
  sync: page(() => import('./features/sync/SyncPage'), (m) => m.SyncPage),
  conflicts: page(() => import('./features/sync/ConflictsPage'), (m) => m.ConflictsPage)
}

/** The app once its data is open: first-run setup, then the shell and the page the address names. */
export function App() {
  const { t } = useTranslation()
  const profile = useMissionProfile()
  const location = useLocation()
  const ready = profile !== undefined && profile !== null
  useEffect(() => {
    if (ready) prefetchPages()
  }, [ready])
  if (profile === undefined) {
    return <p className="loading">{t('app.loading')}</p>
  }
  if (profile === null) return <SetupPage />
  const Shown = PAGES[location.page]
  return (
    <AppShell page={location.page} missionName={profile.missionName} headerExtra={<SyncStatusIndicator />} navExtra={<SyncNavItems current={location.page} />}>
      <DataSafetyNotices missionName={profile.missionName} />
      <UpdateNotice />
      <Suspense fallback={<p className="loading" role="status">{t('app.loadingPage')}</p>}>
        <Shown profile={profile} />
      </Suspense>
    </AppShell>
  )
}
