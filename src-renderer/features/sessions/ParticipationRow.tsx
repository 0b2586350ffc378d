import { useState } from 'react'
import { useNames } from '../../components/use-names'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import type { ParticipationChange } from '../../db/repositories/participations'
import { formatDate } from '../../domain/dates'
import type { Iso3, Participation } from '../../domain/model'
import type { ReviewDay } from '../../domain/review/stages'
import { checkInscribedSpeakers } from '../../domain/review/validation'
import { formattingLocale } from '../../i18n'
import { newStatementHref, ownReviewHref, recommendedToHref, statementHref } from '../../routes/location'
import { messagesByField, saveFailedMessage } from '../review'

/** A statement that may be ours for this review. */
export interface StatementLink {
  id: string
  title: string
}

/** One State under review in a session we follow: will we speak, inscription, speakers, statement, history. */
export function ParticipationRow({ session, stateIso3, isOwn, day, participation, statement, recommendedBefore, onMessage }: {
  session: number
  stateIso3: Iso3
  isOwn: boolean
  day: ReviewDay | null
  participation: Participation | undefined
  statement: StatementLink | null
  recommendedBefore: number | undefined
  onMessage: (message: string) => void
}) {
  const { t, i18n } = useTranslation()
  const names = useNames()
  const { participations } = useRepositories()
  const locale = formattingLocale(i18n.language)
  const name = names.state(stateIso3)
  const stored = participation?.inscribedSpeakers === null || participation?.inscribedSpeakers === undefined ? '' : String(participation.inscribedSpeakers)
  const [speakers, setSpeakers] = useState<string | null>(null)
  const [error, setError] = useState('')
  const id = (field: string) => `p-${session}-${stateIso3}-${field}`

  // What the delegate just chose shows at once; the stored record catches up when the save lands.
  const [chosen, setChosen] = useState<ParticipationChange>({})
  const shown = { willSpeak: participation?.willSpeak ?? null, inscribed: participation?.inscribed ?? false, ...chosen }

  async function save(change: ParticipationChange) {
    setChosen((c) => ({ ...c, ...change }))
    try {
      await participations.save(session, stateIso3, change)
      onMessage(t('review.sessions.saved', { state: name }))
    } catch (e) {
      // Not saved: show the stored values again, and say why.
      setChosen((c) => Object.fromEntries(Object.entries(c).filter(([key]) => !(key in change))))
      onMessage(saveFailedMessage(t, e))
    }
  }

  async function saveSpeakers() {
    if (speakers === null || speakers.trim() === stored) return
    const found = messagesByField(t, checkInscribedSpeakers(speakers))
    setError(found['inscribedSpeakers'] ?? '')
    if (found['inscribedSpeakers']) return
    await save({ inscribedSpeakers: speakers.trim() === '' ? null : Number(speakers.trim()) })
    setSpeakers(null)
  }

  const dayCell = <td className="nowrap">{day ? formatDate(day.date, locale) : ''}</td>
  if (isOwn) {
    return (
      <tr className="participation-row is-own">
        <th scope="row">{name}</th>
        {dayCell}
        <td colSpan={5}>
          <strong>{t('review.sessions.ourReview')}</strong> · <a href={ownReviewHref(session)}>{t('review.sessions.openOurReview')}</a>
        </td>
      </tr>
    )
  }
  const willSpeak = shown.willSpeak === true ? 'yes' : shown.willSpeak === false ? 'no' : ''
  return (
    <tr className="participation-row">
      <th scope="row">{name}</th>
      {dayCell}
      <td>
        <select id={id('speak')} aria-label={t('review.sessions.speakLabel', { state: name })} value={willSpeak} onChange={(e) => void save({ willSpeak: e.target.value === '' ? null : e.target.value === 'yes' })}>
          <option value="">{t('review.sessions.undecided')}</option>
          <option value="yes">{t('review.sessions.yes')}</option>
          <option value="no">{t('review.sessions.no')}</option>
        </select>
      </td>
      <td>
        <input id={id('inscribed')} type="checkbox" aria-label={t('review.sessions.inscribedLabel', { state: name })} checked={shown.inscribed} onChange={(e) => void save({ inscribed: e.target.checked })} />
      </td>
      <td>
        <input
          id={id('speakers')}
          type="number"
          inputMode="numeric"
          min={1}
          max={195}
          aria-label={t('review.sessions.speakersLabel', { state: name })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? id('speakers-error') : undefined}
          value={speakers ?? stored}
          onChange={(e) => setSpeakers(e.target.value)}
          onBlur={() => void saveSpeakers()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void saveSpeakers()
          }}
        />
        {error ? <p id={id('speakers-error')} className="cell-error">{error}</p> : null}
      </td>
      <td className="nowrap">
        {statement ? (
          <a href={statementHref(statement.id)} aria-label={t('review.sessions.draftLabel', { state: name, title: statement.title })}>{t('review.sessions.draft')}</a>
        ) : (
          <a href={newStatementHref(stateIso3, session)} aria-label={t('review.sessions.newStatementLabel', { state: name, session })}>{t('review.sessions.newStatement')}</a>
        )}
      </td>
      <td>
        {recommendedBefore === undefined ? '…' : recommendedBefore === 0 ? t('review.sessions.recommendedNone') : (
          <>
            {t('review.sessions.recommendedCount', { count: recommendedBefore })}{' '}
            <a href={recommendedToHref(stateIso3)} aria-label={t('review.sessions.seeInRegisterLabel', { state: name })}>{t('review.sessions.seeInRegister')}</a>
          </>
        )}
      </td>
    </tr>
  )
}
