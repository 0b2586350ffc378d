import { useTranslation } from 'react-i18next'
import { AppShell } from './components/AppShell'
import { useRoute } from './components/router'
import { useMissionProfile } from './db/hooks'
import { DashboardPage } from './features/dashboard/DashboardPage'
import { DataSafetyNotices } from './features/data-safety/DataSafetyNotices'
import { DataSafetyPage } from './features/data-safety/DataSafetyPage'
import { MeasuresPage } from './features/measures/MeasuresPage'
import { RecommendationsPage } from './features/recommendations/RecommendationsPage'
import { ReviewPage } from './features/review/ReviewPage'
import { SessionsPage } from './features/sessions/SessionsPage'
import { SettingsPage } from './features/settings/SettingsPage'
import { SetupPage } from './features/setup/SetupPage'
import { StatementsRoute } from './features/statements/StatementsRoute'
import { ConflictsPage } from './features/sync/ConflictsPage'
import { SyncNavItems } from './features/sync/SyncNavItems'
import { SyncPage } from './features/sync/SyncPage'
import { SyncStatusIndicator } from './features/sync/SyncStatusIndicator'

/** The app once its data is open: first-run setup, then the shell and its pages. */
export function App() {
  const { t } = useTranslation()
  const profile = useMissionProfile()
  const route = useRoute()
  if (profile === undefined) {
    return <p className="loading">{t('app.loading')}</p>
  }
  if (profile === null) return <SetupPage />
  return (
    <AppShell route={route} missionName={profile.missionName} headerExtra={<SyncStatusIndicator />} navExtra={<SyncNavItems current={route} />}>
      <DataSafetyNotices missionName={profile.missionName} />
      {route === 'data' ? (
        <DataSafetyPage profile={profile} />
      ) : route === 'settings' ? (
        <SettingsPage profile={profile} />
      ) : route === 'measures' ? (
        <MeasuresPage profile={profile} />
      ) : route === 'recommendations' ? (
        <RecommendationsPage profile={profile} />
      ) : route === 'review' ? (
        <ReviewPage profile={profile} />
      ) : route === 'sessions' ? (
        <SessionsPage profile={profile} />
      ) : route === 'statements' ? (
        <StatementsRoute profile={profile} />
      ) : route === 'sync' ? (
        <SyncPage />
      ) : route === 'conflicts' ? (
        <ConflictsPage />
      ) : (
        <DashboardPage profile={profile} />
      )}
    </AppShell>
  )
}
