import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { useRepositories } from '../../db/hooks/context'
import type { MissionProfile } from '../../domain/model'
import { DemoMissionSection } from './DemoMissionSection'
import { EmblemSection } from './EmblemSection'
import { InterfaceLanguageSection } from './InterfaceLanguageSection'
import { MissionProfileForm } from './MissionProfileForm'
import { SyncSettingsSection } from '../sync'

/** Settings: the mission profile, editable at any time. */
export function SettingsPage({ profile }: { profile: MissionProfile }) {
  const { t } = useTranslation()
  const { missionProfile } = useRepositories()
  const [saved, setSaved] = useState(false)
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <MissionProfileForm
        key={profile.updatedAt}
        initial={{
          stateIso3: profile.stateIso3,
          missionName: profile.missionName,
          city: profile.city,
          language: profile.language,
          speakingRateWpm: String(profile.speakingRateWpm)
        }}
        submitLabel={t('settings.save')}
        onSubmit={async (input) => {
          await missionProfile.save(input)
          setSaved(true)
        }}
      />
      <p role="status" className="status-message">
        {saved ? t('settings.saved') : ''}
      </p>
      <InterfaceLanguageSection />
      <SyncSettingsSection />
      <EmblemSection />
      <DemoMissionSection />
    </>
  )
}
