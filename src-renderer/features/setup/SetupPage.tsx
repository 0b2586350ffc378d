import { useTranslation } from 'react-i18next'
import { navigate } from '../../routes/use-location'
import { useRepositories } from '../../db/hooks/context'
import { emptyMissionDraft } from '../../domain/mission'
import { InterfaceLanguagePicker, MissionProfileForm } from '../settings'

/** First run: which State the mission represents, and how it works. */
export function SetupPage() {
  const { t } = useTranslation()
  const { missionProfile } = useRepositories()
  return (
    <main id="main" className="setup">
      <div className="setup-card">
        <InterfaceLanguagePicker compact />
        <p className="brand setup-brand">
          <img src="./icon.svg" alt="" width={36} height={36} />
          {t('app.name')}
        </p>
        <h1 className="page-title">{t('setup.title')}</h1>
        <p className="lead">{t('setup.intro')}</p>
        <MissionProfileForm
          initial={emptyMissionDraft()}
          submitLabel={t('setup.submit')}
          onSubmit={async (profile) => {
            await missionProfile.save(profile)
            navigate('dashboard')
          }}
        />
      </div>
    </main>
  )
}
