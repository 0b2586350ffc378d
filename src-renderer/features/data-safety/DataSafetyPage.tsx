import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import type { MissionProfile } from '../../domain/model'
import { BackupsSection } from './BackupsSection'
import { ExportSection } from './ExportSection'
import { ImportSection } from './ImportSection'
import { StorageSection } from './StorageSection'
import { RESTORED_MESSAGE_KEY } from './use-restore'
import { useSharesRegister } from './use-shares-register'
import './data-safety.css'

/** Data and backups: storage, saving and opening archives (export, merge, restore), the backups. */
export function DataSafetyPage({ profile }: { profile: MissionProfile }) {
  const { t } = useTranslation()
  const shared = useSharesRegister()
  // A restore reloads the app: its report waits here for the page to show it once.
  const [restored] = useState(() => sessionStorage.getItem(RESTORED_MESSAGE_KEY) ?? '')
  useEffect(() => {
    sessionStorage.removeItem(RESTORED_MESSAGE_KEY)
  }, [])
  return (
    <div className="data-safety">
      <PageTitle>{t('dataSafety.title')}</PageTitle>
      <p className="lead">{t(shared ? 'dataSafety.leadShared' : 'dataSafety.lead')}</p>
      {restored ? (
        <p role="status" className="notice">
          {restored}
        </p>
      ) : null}
      <StorageSection />
      <ExportSection missionName={profile.missionName} />
      <ImportSection missionName={profile.missionName} />
      <BackupsSection missionName={profile.missionName} />
    </div>
  )
}
