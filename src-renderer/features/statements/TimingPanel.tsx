import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatementKind } from '../../domain/model'
import { FIELD } from '../../domain/statements/fields'
import { DEFAULT_SLOT_CAP_SECONDS, type Timing, venueOfKind } from '../../domain/statements/timing'
import { formatDuration } from './format'

interface Props {
  kind: StatementKind
  timing: Timing
  rate: number
  fields: Readonly<Record<string, string>>
  disabled: boolean
  onFieldChange: (name: string, value: string) => void
}

/** Live word count and speaking time against the slot, flagged when over; the slot's inputs. */
export function TimingPanel({ kind, timing, rate, fields, disabled, onFieldChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const venue = venueOfKind(kind)
  const slot = timing.slot
  const duration = (s: number) => formatDuration(t, s)
  const share = slot ? Math.min(100, Math.round((timing.seconds / slot.seconds) * 100)) : 0

  return (
    <section className="card side-card timing" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{slot ? t('statements.timing.title') : t('statements.timing.length')}</h2>
      <p className="timing-figures">
        <strong>{t('statements.timing.words', { count: timing.words })}</strong>
        {slot ? (
          <>
            <br />
            {t('statements.timing.speaking', { time: duration(timing.seconds), rate })}
          </>
        ) : null}
      </p>
      {slot ? (
        <>
          <p className="timing-slot">
            <strong>{t('statements.timing.slot', { time: duration(slot.seconds) })}</strong>
            <br />
            <span className="hint">
              {t(`statements.timing.basis.${slot.basis}`, { speakers: slot.speakers ?? 0 })}
              {slot.capped ? ` · ${t('statements.timing.capped', { time: duration(slot.seconds) })}` : ''}
            </span>
          </p>
          <div className={`timing-bar timing-${timing.verdict}`} aria-hidden="true">
            <span style={{ width: `${share}%` }} />
          </div>
          {/* Announced only when the verdict changes, not at every word typed. */}
          <span className="visually-hidden" role="status">
            {t(`statements.timing.verdicts.${timing.verdict}`)}
          </span>
          <p className={`timing-verdict timing-${timing.verdict}`}>
            {timing.verdict === 'over'
              ? t('statements.timing.over', { time: duration(timing.overBySeconds), words: timing.wordsToCut })
              : timing.verdict === 'near'
                ? t('statements.timing.near', { time: duration(slot.seconds - timing.seconds) })
                : t('statements.timing.within', { time: duration(slot.seconds - timing.seconds) })}
          </p>
        </>
      ) : (
        <p className="hint">{t('statements.timing.notTimed')}</p>
      )}
      <fieldset className="plain" disabled={disabled}>
        {venue === 'working-group' ? (
          <div className="field-row">
            <div className="field field-compact">
              <label htmlFor={`${id}-speakers`}>{t('statements.timing.speakers')}</label>
              <input
                id={`${id}-speakers`}
                type="number"
                min={1}
                step={1}
                inputMode="numeric"
                value={fields[FIELD.inscribedSpeakers] ?? ''}
                placeholder={t('statements.timing.speakersPlaceholder', { n: slot?.speakers ?? '' })}
                aria-describedby={`${id}-speakers-hint`}
                onChange={(e) => onFieldChange(FIELD.inscribedSpeakers, e.target.value)}
              />
              <p className="hint" id={`${id}-speakers-hint`}>
                {t('statements.timing.speakersHint')}
              </p>
            </div>
            <div className="field field-compact">
              <label htmlFor={`${id}-cap`}>{t('statements.timing.cap')}</label>
              <input
                id={`${id}-cap`}
                type="number"
                min={10}
                step={5}
                inputMode="numeric"
                value={fields[FIELD.slotCapSeconds] ?? ''}
                placeholder={String(DEFAULT_SLOT_CAP_SECONDS)}
                onChange={(e) => onFieldChange(FIELD.slotCapSeconds, e.target.value)}
              />
            </div>
          </div>
        ) : venue === 'plenary' || venue === 'own-review' ? (
          <div className="field field-compact">
            <label htmlFor={`${id}-allotted`}>{t('statements.timing.allotted')}</label>
            <input
              id={`${id}-allotted`}
              type="number"
              min={0.5}
              step={0.5}
              inputMode="decimal"
              value={fields[FIELD.allottedMinutes] ?? ''}
              placeholder={slot ? String(slot.seconds / 60) : ''}
              onChange={(e) => onFieldChange(FIELD.allottedMinutes, e.target.value)}
            />
          </div>
        ) : null}
      </fieldset>
      {slot ? <p className="hint">{t('statements.timing.rateHint')}</p> : null}
    </section>
  )
}
