import { useState, type FormEvent } from 'react'
import { useNames } from '../../components/use-names'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import type { ReviewKey } from '../../db/repositories/reviews'
import type { Review } from '../../domain/model'
import { memberStates } from '../../domain/states'
import { saveFailedMessage } from './problems'

const TROIKA_SIZE = 3

/** The troika (three Council members) and the head of delegation of one review, with notes. */
export function ReviewPeopleForm({ record, reviewKey }: { record: Review | null; reviewKey: ReviewKey }) {
  const { t } = useTranslation()
  const names = useNames()
  const { reviews } = useRepositories()
  const [troika, setTroika] = useState<string[]>(() => Array.from({ length: TROIKA_SIZE }, (_, i) => record?.troika[i] ?? ''))
  const [head, setHead] = useState(record?.headOfDelegation ?? '')
  const [notes, setNotes] = useState(record?.notes ?? '')
  const [error, setError] = useState('')
  const [message, setMessage] = useState('')
  const states = [...memberStates()].sort((a, b) => names.compare(names.state(a.iso3), names.state(b.iso3)))
  const id = (field: string) => `review-${reviewKey.session}-${field}`

  async function save(event: FormEvent) {
    event.preventDefault()
    setMessage('')
    const chosen = troika.filter(Boolean)
    const twice = chosen.find((iso3, i) => chosen.indexOf(iso3) !== i)
    if (twice) {
      setError(t('review.people.duplicate', { name: names.state(twice) }))
      return
    }
    setError('')
    try {
      await reviews.edit(reviewKey, (r) => ({ ...r, troika: chosen, headOfDelegation: head.trim(), notes }))
      setMessage(t('review.people.saved'))
    } catch (e) {
      setMessage(saveFailedMessage(t, e))
    }
  }

  return (
    <form className="people-form" onSubmit={(e) => void save(e)} noValidate>
      <fieldset>
        <legend>{t('review.people.heading')}</legend>
        <p className="hint" id={id('troika-hint')}>{t('review.people.troikaHint')}</p>
        <div className="field-row">
          {troika.map((value, i) => (
            <div className="field" key={i}>
              <label htmlFor={id(`troika-${i}`)}>{t('review.people.troika', { n: i + 1 })}</label>
              <select
                id={id(`troika-${i}`)}
                value={value}
                aria-describedby={[id('troika-hint'), error ? id('troika-error') : ''].filter(Boolean).join(' ')}
                aria-invalid={error && value && troika.filter((v) => v === value).length > 1 ? true : undefined}
                onChange={(e) => setTroika(troika.map((v, j) => (j === i ? e.target.value : v)))}
              >
                <option value="">{t('review.people.none')}</option>
                {states.map((s) => <option key={s.iso3} value={s.iso3}>{names.state(s.iso3)}</option>)}
              </select>
            </div>
          ))}
        </div>
        {error ? <p id={id('troika-error')} className="field-error">{error}</p> : null}
        <div className="field">
          <label htmlFor={id('head')}>{t('review.people.headOfDelegation')}</label>
          <input id={id('head')} value={head} onChange={(e) => setHead(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id('notes')}>{t('review.people.notes')}</label>
          <textarea id={id('notes')} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
        <button type="submit">{t('review.people.save')}</button>
        <p role="status" className="status-message">{message}</p>
      </fieldset>
    </form>
  )
}
