import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { MissionProfile } from '../../domain/model'

// The editor (TipTap) and the Word builders load with the page, not with the app's first screen.
const StatementsPage = lazy(() => import('./StatementsPage').then((m) => ({ default: m.StatementsPage })))

/** The statements area, loaded on first visit. */
export function StatementsRoute({ profile }: { profile: MissionProfile }) {
  const { t } = useTranslation()
  return (
    <Suspense fallback={<p className="loading">{t('statements.editor.loading')}</p>}>
      <StatementsPage profile={profile} />
    </Suspense>
  )
}
