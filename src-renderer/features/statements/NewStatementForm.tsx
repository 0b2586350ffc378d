import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { EnumSelect } from '../../components/EnumSelect'
import { LANGUAGES, STATEMENT_KINDS, type MissionProfile } from '../../domain/model'
import type { NewStatementRequest } from '../../routes/location'
import { NewTitleField } from './NewTitleField'
import { SessionField } from './SessionField'
import { StateUnderReviewField } from './StateUnderReviewField'
import { useCreateStatement } from './use-create-statement'
import { useNewStatement } from './use-new-statement'

/** Creates a statement from the template of its kind, pre-filled from the calendar and the register. */
export function NewStatementForm({ profile, initial = null, onCancel }: { profile: MissionProfile; initial?: NewStatementRequest | null; onCancel: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  const choices = useNewStatement(profile, initial)
  const { kind, session, ownKind } = choices
  const { errors, failure, busy, submit, clearErrors } = useCreateStatement(id, choices)

  return (
    <form className="card new-statement" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('statements.create.title')}</h2>
      <div className="field-row">
        <EnumSelect
          id={`${id}-kind`}
          label={t('statements.create.kind')}
          value={kind}
          options={STATEMENT_KINDS}
          labelOf={(k) => t(`statements.kinds.${k}`)}
          onChange={(next) => {
            choices.chooseKind(next)
            clearErrors()
          }}
        />
        <EnumSelect id={`${id}-language`} label={t('statements.create.language')} value={choices.language} options={LANGUAGES} labelOf={(code) => t(`languages.${code}`)} onChange={choices.setLanguage} />
      </div>
      <div className="field-row">
        <SessionField
          id={`${id}-session`}
          value={session}
          choices={choices.sessionChoices}
          offerNone={kind === 'position-paper' || session === null}
          ownReviewOf={ownKind ? profile.stateIso3 : null}
          error={errors.session}
          onChange={choices.setSession}
        />
        {ownKind ? null : (
          <StateUnderReviewField id={`${id}-stateUnderReview`} value={choices.effectiveSur} choices={choices.surChoices} ours={profile.stateIso3} optional={kind === 'position-paper'} error={errors.stateUnderReview} onChange={choices.setSur} />
        )}
      </div>
      <NewTitleField id={`${id}-title`} value={choices.shownTitle} error={errors.title} onChange={choices.setTitle} />
      {failure ? (
        <p role="alert" className="field-error">
          {failure}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {t('statements.create.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('statements.create.cancel')}
        </button>
      </div>
    </form>
  )
}
