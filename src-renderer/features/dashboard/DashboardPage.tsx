import { useMemo } from 'react'
import { useNames } from '../../components/use-names'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { hrefOf } from '../../routes/location'
import { useSessionCorrections } from '../../db/hooks/mission-hooks'
import { allSessions, nextReview, reviewsOfState, type SessionCorrection } from '../../domain/calendar'
import { formatDateRange, todayLocal } from '../../domain/dates'
import type { MissionProfile } from '../../domain/model'
import { formattingLocale } from '../../i18n'
import { ReviewCycleCards } from './ReviewCycleCards'

/** The Dashboard: the mission profile, where our review stands (stage, deadlines, tasks, recommendations), and the State's reviews. */
export function DashboardPage({ profile, today = todayLocal() }: { profile: MissionProfile; today?: string }) {
  const { t, i18n } = useTranslation()
  const names = useNames()
  const corrections = useSessionCorrections()
  const stateName = names.state(profile.stateIso3)
  const sessions = useMemo(
    () => allSessions(corrections.map((c) => ({ session: Number(c.key), ...c.value }) as SessionCorrection)),
    [corrections]
  )
  const reviews = useMemo(() => reviewsOfState(profile.stateIso3, sessions), [profile.stateIso3, sessions])
  const next = useMemo(() => nextReview(profile.stateIso3, today, sessions), [profile.stateIso3, today, sessions])
  const locale = formattingLocale(i18n.language)
  const datesOf = (s: { start: string | null; end: string | null }) =>
    s.start ? formatDateRange(s.start, s.end, locale) : t('dashboard.datesUnknown')

  return (
    <>
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <div className="cards">
        <section className="card" aria-labelledby="mission-heading">
          <h2 id="mission-heading">{t('dashboard.mission')}</h2>
          <p className="mission-state">{stateName}</p>
          <p>{profile.missionName}</p>
          <dl className="facts">
            <dt>{t('profile.city')}</dt>
            <dd>{profile.city}</dd>
            <dt>{t('profile.language')}</dt>
            <dd>{t(`languages.${profile.language}`)}</dd>
            <dt>{t('profile.speakingRate')}</dt>
            <dd>{t('dashboard.speakingRate', { rate: profile.speakingRateWpm })}</dd>
          </dl>
          <a href={hrefOf('settings')}>{t('dashboard.edit')}</a>
        </section>
        <section className="card card-highlight" aria-labelledby="next-heading">
          <h2 id="next-heading">{t('dashboard.next')}</h2>
          {next ? (
            <p className="next-review">
              {t('dashboard.nextReviewSummary', { session: next.session, dates: datesOf(next) })}
              {next.estimated ? <span className="badge">{t('dashboard.estimated')}</span> : null}
            </p>
          ) : (
            <p>{t('dashboard.noNextReview')}</p>
          )}
        </section>
      </div>
      <ReviewCycleCards profile={profile} stateName={stateName} today={today} />
      <section aria-labelledby="reviews-heading" className="section">
        <h2 id="reviews-heading">{t('dashboard.ownReviews', { state: stateName })}</h2>
        <p className="hint">{t('dashboard.ownReviewsIntro', { state: stateName })}</p>
        {reviews.length === 0 ? (
          <p>{t('dashboard.noReviews', { state: stateName })}</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">{t('dashboard.ownReviews', { state: stateName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.columns.session')}</th>
                <th scope="col">{t('dashboard.columns.cycle')}</th>
                <th scope="col">{t('dashboard.columns.dates')}</th>
                <th scope="col">{t('dashboard.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((s) => {
                const isNext = next?.session === s.session
                const held = s.end !== null && s.end < today
                return (
                  <tr key={s.session} className={isNext ? 'row-next' : undefined} aria-current={isNext ? 'date' : undefined}>
                    <th scope="row">{s.session}</th>
                    <td>{s.cycle}</td>
                    <td>
                      {datesOf(s)}
                      {s.estimated ? <span className="badge">{t('dashboard.estimated')}</span> : null}
                    </td>
                    <td>{isNext ? <strong>{t('dashboard.status.next')}</strong> : held ? t('dashboard.status.past') : t('dashboard.status.future')}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
        {reviews.some((s) => s.estimated) ? <p className="hint">{t('dashboard.estimatedNote')}</p> : null}
      </section>
    </>
  )
}
