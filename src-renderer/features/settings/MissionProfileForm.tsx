import { useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { memberStates, observerStates, stateByIso3 } from '../../domain/states'
import { useNames } from '../../components/use-names'
import {
  isDefaultMissionName,
  missionNameIn,
  draftLanguage,
  MAX_SPEAKING_RATE,
  MIN_SPEAKING_RATE,
  validateMissionDraft,
  type MissionProfileDraft,
  type MissionProfileField
} from '../../domain/mission'
import { LANGUAGES } from '../../domain/model'
import type { MissionProfileInput } from '../../db/repositories/mission-profile'

interface Props {
  initial: MissionProfileDraft
  submitLabel: string
  onSubmit: (profile: MissionProfileInput) => Promise<void>
}

const FIELD_ORDER: MissionProfileField[] = ['stateIso3', 'missionName', 'city', 'language', 'speakingRateWpm']

/** The mission profile form, shared by the first-run setup and Settings. */
export function MissionProfileForm({ initial, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [draft, setDraft] = useState(initial)
  const [errors, setErrors] = useState<Partial<Record<MissionProfileField, string>>>({})
  const [busy, setBusy] = useState(false)
  const names = useNames()
  const members = useMemo(() => [...memberStates()].sort((a, b) => names.compare(names.state(a.iso3), names.state(b.iso3))), [names])
  const observers = useMemo(() => [...observerStates()].sort((a, b) => names.compare(names.state(a.iso3), names.state(b.iso3))), [names])

  function update(field: MissionProfileField, value: string) {
    setDraft((d) => {
      const next = { ...d, [field]: value }
      if (field === 'stateIso3') {
        // Follow the State with the default name unless the user typed their own.
        const chosen = stateByIso3(value)
        if (chosen && (!d.missionName.trim() || (d.stateIso3 && isDefaultMissionName(d.missionName, d.stateIso3)))) {
          next.missionName = missionNameIn(chosen.iso3, names.language)
        }
      }
      return next
    })
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = validateMissionDraft(draft)
    setErrors(found)
    const first = FIELD_ORDER.find((f) => found[f])
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus()
      return
    }
    setBusy(true)
    try {
      await onSubmit({
        stateIso3: draft.stateIso3,
        missionName: draft.missionName.trim(),
        city: draft.city.trim(),
        language: draftLanguage(draft),
        speakingRateWpm: Number(draft.speakingRateWpm)
      })
    } finally {
      setBusy(false)
    }
  }

  const fieldProps = (field: MissionProfileField, hint?: boolean) => ({
    id: `${id}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': [hint ? `${id}-${field}-hint` : '', errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined
  })
  const errorOf = (field: MissionProfileField) =>
    errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {t(errors[field])}
      </p>
    ) : null

  return (
    <form className="form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('profile.legend')}</legend>
        <div className="field">
          <label htmlFor={`${id}-stateIso3`}>{t('profile.state')}</label>
          <select {...fieldProps('stateIso3')} value={draft.stateIso3} onChange={(e) => update('stateIso3', e.target.value)} required>
            <option value="">{t('profile.statePlaceholder')}</option>
            {members.map((s) => (
              <option key={s.iso3} value={s.iso3}>
                {names.state(s.iso3)}
              </option>
            ))}
            {observers.map((s) => (
              <option key={s.iso3} value={s.iso3}>
                {`${names.state(s.iso3)} (${t('profile.observer')})`}
              </option>
            ))}
          </select>
          {errorOf('stateIso3')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-missionName`}>{t('profile.missionName')}</label>
          <textarea {...fieldProps('missionName', true)} rows={2} value={draft.missionName} onChange={(e) => update('missionName', e.target.value)} required />
          <p className="hint" id={`${id}-missionName-hint`}>
            {t('profile.missionNameHint')}
          </p>
          {errorOf('missionName')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-city`}>{t('profile.city')}</label>
            <input {...fieldProps('city')} type="text" value={draft.city} onChange={(e) => update('city', e.target.value)} required />
            {errorOf('city')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-language`}>{t('profile.language')}</label>
            <select {...fieldProps('language')} value={draft.language} onChange={(e) => update('language', e.target.value)}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(`languages.${code}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-speakingRateWpm`}>{t('profile.speakingRate')}</label>
            <input
              {...fieldProps('speakingRateWpm', true)}
              type="number"
              inputMode="numeric"
              min={MIN_SPEAKING_RATE}
              max={MAX_SPEAKING_RATE}
              step={1}
              value={draft.speakingRateWpm}
              onChange={(e) => update('speakingRateWpm', e.target.value)}
            />
            <p className="hint" id={`${id}-speakingRateWpm-hint`}>
              {t('profile.speakingRateHint')}
            </p>
            {errorOf('speakingRateWpm')}
          </div>
        </div>
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  )
}
