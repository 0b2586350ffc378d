import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { useRepositories } from '../../db/hooks/context'
import type { StatementEdit } from '../../db/repositories/statements'
import { useEmblem, useInscribedSpeakers, useLinkedMeasureTitles, useRecommendationsTo, useStatement, useStatementVersions } from '../../db/hooks/statement-hooks'
import { formatDate, todayLocal } from '../../domain/dates'
import { LANGUAGES, type DraftRecommendation, type LanguageCode, type MissionProfile, type Recommendation, type Statement, type StatementVersion } from '../../domain/model'
import { deliveryProblem } from '../../domain/statements/delivered'
import { reviewRecommendations, spokenText, statementDocument } from '../../domain/statements/document-data'
import { FIELD, numberField, recommendationsOf } from '../../domain/statements/fields'
import { EarlierIndex, earlierRecommendations, withPreviouslyRecommendedPhrase } from '../../domain/statements/previously-recommended'
import { parseRichDoc, placeholdersIn, serialiseRichDoc, type RichDoc } from '../../domain/statements/rich-text'
import { slotOf, timeText, venueOfKind } from '../../domain/statements/timing'
import { sameWords } from '../../domain/statements/versions'
import { formattingLocale } from '../../i18n'
import { newId } from '../../domain/ids'
import { trackUnsavedWork, unsavedUntil } from '../../platform/unsaved-work'
import { hrefOf } from '../../routes/location'
import { emblemFromAttachment } from '../../export/kit/emblem'
import { documentProblemText, isDocumentProblem } from '../../export/kit/problem'
import { exportWord } from './export-word'
import { messageOf, stateName } from './format'
import { PreviousRecommendations } from './PreviousRecommendations'
import { RecommendationsEditor } from './RecommendationsEditor'
import { AnnexChooser, PlenaryParts, TablesSummary } from './RegisterParts'
import { RichTextEditor } from './RichTextEditor'
import { navigate } from '../../routes/use-location'
import { TimingPanel } from './TimingPanel'
import { TitleBlockForm } from './TitleBlockForm'
import { VersionHistory } from './VersionHistory'

const AUTOSAVE_PAUSE_MS = 700

/** What the editor changes, taken from a stored statement. */
function editOf(s: Statement): StatementEdit {
  return {
    id: s.id,
    title: s.title,
    language: s.language,
    stateUnderReview: s.stateUnderReview,
    session: s.session,
    reviewId: s.reviewId,
    content: s.content,
    fields: { ...s.fields },
    recommendations: recommendationsOf(s).map((r) => ({ ...r }))
  }
}

/** Opens a statement by id: loading, not found, or its editor (re-seeded after a restore). */
export function StatementEditorLoader({ id, profile }: { id: string; profile: MissionProfile }) {
  const { t } = useTranslation()
  const stored = useStatement(id)
  const [seed, setSeed] = useState<{ statement: Statement; epoch: number; notice: string } | null>(null)
  if (stored === undefined) return <p className="loading">{t('statements.editor.loading')}</p>
  if (stored === null) {
    return (
      <>
        <PageTitle>{t('statements.title')}</PageTitle>
        <p role="alert">{t('statements.editor.notFound')}</p>
        <a href={hrefOf('statements')}>{t('statements.editor.back')}</a>
      </>
    )
  }
  return (
    <StatementEditor
      key={seed?.epoch ?? 0}
      initial={seed?.statement ?? stored}
      stored={stored}
      profile={profile}
      notice={seed?.notice ?? ''}
      onReseed={(statement, notice) => setSeed((s) => ({ statement, notice, epoch: (s?.epoch ?? 0) + 1 }))}
    />
  )
}

interface EditorProps {
  /** The statement as it was when the editor opened (its words seed the draft). */
  initial: Statement
  /** The statement as stored now (status, delivery, version). */
  stored: Statement
  profile: MissionProfile
  /** A message to show when the editor opens (what the last action did). */
  notice: string
  /** Opens the editor again on a statement (after a restore), with a message. */
  onReseed: (statement: Statement, notice: string) => void
}

/** One statement: title block, rich text, the parts of its kind, timing, checks, history, export, delivery. */
function StatementEditor({ initial, stored, profile, notice, onReseed }: EditorProps) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const { statements: repo, register, recoveryMeasures } = useRepositories()
  const [draft, setDraft] = useState<StatementEdit>(() => editOf(initial))
  const [body] = useState<RichDoc>(() => parseRichDoc(initial.content))
  const [saveState, setSaveState] = useState<'saved' | 'saving' | 'failed'>('saved')
  const [saveError, setSaveError] = useState('')
  const [status, setStatus] = useState<{ text: string; link?: 'register' } | null>(notice ? { text: notice } : null)
  const [alert, setAlert] = useState('')
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState<'delete' | 'deliver' | null>(null)
  const [deliveredOn, setDeliveredOn] = useState(() => initial.fields[FIELD.date] || todayLocal())
  const latest = useRef(draft)
  const dirty = useRef(false)
  const leaving = useRef<'save' | 'skip'>('save')
  const locked = stored.status === 'delivered'
  const ours = profile.stateIso3
  const sur = draft.stateUnderReview ?? ours

  const versions = useStatementVersions(stored.id)
  const surRecords = useRecommendationsTo(sur)
  const records = useMemo(() => surRecords ?? [], [surRecords])
  const knownSpeakers = useInscribedSpeakers(draft.session, draft.stateUnderReview)
  const storedEmblem = useEmblem()

  // Autosave at every pause in typing; the repository decides when a pause also becomes a version.
  useEffect(() => {
    latest.current = draft
    if (!dirty.current || locked) return
    setSaveState('saving')
    const timer = setTimeout(() => {
      const saving = draft
      repo
        .autosave(saving)
        .then(() => {
          if (latest.current === saving) {
            dirty.current = false
            setSaveState('saved')
          }
        })
        .catch((error: unknown) => {
          setSaveState('failed')
          setSaveError(messageOf(error))
        })
    }, AUTOSAVE_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [draft, repo, locked])

  // On leaving the editor, the words become a version (when they changed since the last one).
  useEffect(
    () => () => {
      if (leaving.current === 'save') unsavedUntil(repo.saveVersion(latest.current, 'left')).catch(() => undefined)
    },
    [repo]
  )

  // Closing the window or switching away must not lose the last words typed before the pause.
  useEffect(() => {
    const saveNow = () => {
      if (dirty.current && document.visibilityState === 'hidden') repo.autosave(latest.current).catch(() => undefined)
    }
    const saveOnClose = () => {
      if (dirty.current) repo.autosave(latest.current).catch(() => undefined)
    }
    document.addEventListener('visibilitychange', saveNow)
    window.addEventListener('pagehide', saveOnClose)
    return () => {
      document.removeEventListener('visibilitychange', saveNow)
      window.removeEventListener('pagehide', saveOnClose)
    }
  }, [repo])

  // Words typed since the last autosave are unsaved: a reload for a new version of the web app waits for them.
  useEffect(() => trackUnsavedWork(() => dirty.current && !locked), [locked])

  useEffect(() => {
    document.querySelector<HTMLElement>('.statements h1')?.focus()
  }, [])

  const change = useCallback((update: (d: StatementEdit) => StatementEdit) => {
    dirty.current = true
    setDraft((d) => update(d))
  }, [])
  const setField = useCallback((name: string, value: string) => change((d) => ({ ...d, fields: { ...d.fields, [name]: value } })), [change])
  const setRecommendations = useCallback((next: DraftRecommendation[]) => change((d) => ({ ...d, recommendations: next })), [change])
  const setBody = useCallback((doc: RichDoc) => change((d) => ({ ...d, content: serialiseRichDoc(doc) })), [change])

  /** Writes what is typed now, before an action that reads the stored statement. */
  async function flush(): Promise<void> {
    if (!dirty.current || locked) return
    await repo.autosave(latest.current)
    dirty.current = false
    setSaveState('saved')
  }

  async function act(action: () => Promise<void>) {
    setBusy(true)
    setAlert('')
    setStatus(null)
    try {
      await action()
    } catch (error) {
      // What the action was doing ("Preparing the Word document…") is over: only the reason it failed stays.
      setStatus(null)
      // A document that cannot be made says why in the interface language; so do the repository's refusals.
      const key = (error as { key?: unknown }).key
      if (isDocumentProblem(error)) setAlert(documentProblemText(error, (k, options) => t(k, options)))
      else setAlert(typeof key === 'string' ? t(key.includes('.') ? key : `statements.errors.${key}`, { defaultValue: messageOf(error), ...((error as { params?: Record<string, unknown> }).params ?? {}) }) : messageOf(error))
    } finally {
      setBusy(false)
    }
  }

  const current: Statement = useMemo(() => ({ ...stored, ...draft }), [stored, draft])
  const { emblem, unreadable } = useMemo(() => emblemFromAttachment(storedEmblem), [storedEmblem])
  const review = useMemo(() => reviewRecommendations({ statement: current, register: records, profile }), [current, records, profile])
  // The mid-term report lists, for each recommendation, the recovery measures linked to it.
  const reviewIds = useMemo(() => (stored.kind === 'mid-term-report' ? review.map((r) => r.id) : null), [stored.kind, review])
  const linkedMeasures = useLinkedMeasureTitles(reviewIds)
  const doc = useMemo(
    () => statementDocument({ statement: current, profile, register: records, emblem, ...(linkedMeasures ? { measuresOf: (recommendationId: string) => linkedMeasures.get(recommendationId) ?? [] } : {}) }),
    [current, profile, records, emblem, linkedMeasures]
  )
  const spoken = spokenText(doc)
  const slot = slotOf({
    kind: stored.kind,
    enteredSpeakers: numberField(draft.fields, FIELD.inscribedSpeakers),
    knownSpeakers,
    capSeconds: numberField(draft.fields, FIELD.slotCapSeconds),
    allottedMinutes: numberField(draft.fields, FIELD.allottedMinutes),
    speakingAsStateUnderReview: sur === ours
  })
  const timing = timeText(spoken, profile.speakingRateWpm, slot)
  const placeholders = placeholdersIn(spoken)
  const earlier = useMemo(() => earlierRecommendations(records, { stateUnderReview: sur, session: draft.session, statementId: stored.id }), [records, sur, draft.session, stored.id])
  const index = useMemo(() => new EarlierIndex(earlier), [earlier])
  const lastVersion = versions[versions.length - 1]
  const currentVersion = lastVersion && sameWords(draft, lastVersion) ? lastVersion.version : null

  const recommendAgain = (r: Recommendation) => {
    const text = withPreviouslyRecommendedPhrase(r.text, draft.language)
    const next = [...(draft.recommendations ?? []), { id: newId('drc'), text, followsUpId: r.id }]
    setRecommendations(next)
    setStatus({ text: t('statements.previous.added', { n: next.length }) })
  }

  const saveVersion = () =>
    act(async () => {
      const before = stored.version
      const saved = await repo.saveVersion(latest.current, 'saved')
      dirty.current = false
      setSaveState('saved')
      setStatus({ text: saved.version > before ? t('statements.editor.versionSaved', { version: saved.version }) : t('statements.editor.noChanges', { version: saved.version }) })
    })

  const restore = (version: StatementVersion) =>
    act(async () => {
      await flush()
      const restored = await repo.restore(stored.id, version.id)
      leaving.current = 'skip'
      onReseed(restored, t('statements.history.restored', { from: version.version, version: restored.version }))
    })

  const exportDocument = () =>
    act(async () => {
      await flush()
      setStatus({ text: t('statements.export.working') })
      // The measures linked at this moment, read in one transaction (the live list may still be loading).
      const exported =
        doc.kind === 'mid-term-report'
          ? await recoveryMeasures.linkedMeasureTitles(review.map((r) => r.id)).then((titles) => statementDocument({ statement: current, profile, register: records, emblem, measuresOf: (recommendationId) => titles.get(recommendationId) ?? [] }))
          : doc
      const result = await exportWord(exported, t('export.wordDocument'))
      const notes = unreadable ? ` ${t('export.emblemUnreadable')}` : ''
      setStatus({ text: (result.status === 'saved' ? t('statements.export.saved', { where: result.where }) : t('statements.export.cancelled')) + notes })
    })

  const duplicate = () =>
    act(async () => {
      await flush()
      const copy = await repo.duplicate(stored.id, t('statements.editor.copyTitle', { title: draft.title }))
      navigate({ page: 'statements', statementId: copy.id, newStatement: null })
    })

  const setFinal = (next: 'draft' | 'final') =>
    act(async () => {
      await flush()
      await repo.setStatus(stored.id, next)
    })

  const deliver = () =>
    act(async () => {
      if (!deliveredOn) throw Object.assign(new Error(t('statements.delivery.dateRequired')), { key: 'statements.delivery.dateRequired' })
      await flush()
      const report = await repo.markDelivered(latest.current, deliveredOn, { iso3: ours, name: stateName(ours) })
      if (report.recommendations > 0) await register.reload()
      setConfirming(null)
      setStatus(report.recommendations > 0 ? { text: t('statements.delivery.doneWithRecommendations', { count: report.recommendations }), link: 'register' } : { text: t('statements.delivery.done') })
    })

  const remove = () =>
    act(async () => {
      leaving.current = 'skip'
      await repo.remove(stored.id)
      navigate('statements')
    })

  const locale = formattingLocale(i18n.language)
  const heading = [t(`statements.kindsShort.${stored.kind}`), draft.stateUnderReview ? stateName(draft.stateUnderReview) : '', draft.session ? t('statements.list.sessionOption', { session: draft.session }) : '']
    .filter(Boolean)
    .join(' · ')
  const problem = deliveryProblem(current)
  const spokenKind = venueOfKind(stored.kind) !== 'not-timed'

  return (
    <div className="statement-editor">
      <p className="breadcrumb">
        <a href={hrefOf('statements')}>{t('statements.editor.back')}</a>
      </p>
      <div className="statements-top">
        <PageTitle>{heading}</PageTitle>
        <span className={`status status-${stored.status}`}>{t('statements.editor.status', { status: t(`statements.statuses.${stored.status}`) })}</span>
      </div>
      <div className="editor-actions" role="group" aria-label={t('statements.editor.actions')}>
        <button type="button" className="primary" disabled={busy} onClick={() => void exportDocument()}>
          {t('statements.export.button')}
        </button>
        <button type="button" disabled={busy || locked} onClick={() => void saveVersion()}>
          {t('statements.editor.saveVersion')}
        </button>
        <button type="button" disabled={busy} onClick={() => void duplicate()}>
          {t('statements.editor.duplicate')}
        </button>
        {stored.status === 'draft' ? (
          <button type="button" disabled={busy} onClick={() => void setFinal('final')}>
            {t('statements.editor.markFinal')}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => void setFinal('draft')}>
            {t('statements.editor.backToDraft')}
          </button>
        )}
        {!locked ? (
          <button type="button" disabled={busy} aria-expanded={confirming === 'deliver'} onClick={() => setConfirming(confirming === 'deliver' ? null : 'deliver')}>
            {t('statements.delivery.markDelivered')}
          </button>
        ) : null}
        <button type="button" disabled={busy} aria-expanded={confirming === 'delete'} onClick={() => setConfirming(confirming === 'delete' ? null : 'delete')}>
          {t('statements.editor.delete')}
        </button>
        <span className={`autosave autosave-${saveState}`} role="status">
          {locked ? '' : saveState === 'saving' ? t('statements.editor.autosave.saving') : saveState === 'saved' ? t('statements.editor.autosave.saved') : ''}
        </span>
      </div>
      {saveState === 'failed' ? (
        <p role="alert" className="field-error">
          {t('statements.editor.autosave.failed', { message: saveError })}
        </p>
      ) : null}
      {confirming === 'delete' ? (
        <div className="confirm card" role="group" aria-label={t('statements.editor.delete')}>
          <p>{t('statements.editor.confirmDelete', { title: draft.title })}</p>
          <div className="button-row">
            <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
              {t('statements.editor.confirmDeleteButton')}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('statements.editor.keep')}
            </button>
          </div>
        </div>
      ) : null}
      {confirming === 'deliver' ? (
        <div className="confirm card" role="group" aria-label={t('statements.delivery.markDelivered')}>
          {stored.kind === 'recommending-state' ? <p>{t('statements.delivery.intro', { state: stateName(sur) })}</p> : null}
          {problem ? <p className="warning">{t(`statements.delivery.${problem}`)}</p> : null}
          <div className="field field-compact">
            <label htmlFor={`${id}-delivered`}>{t('statements.delivery.date')}</label>
            <input id={`${id}-delivered`} type="date" value={deliveredOn} onChange={(e) => setDeliveredOn(e.target.value)} />
          </div>
          <div className="button-row">
            <button type="button" className="primary" disabled={busy || problem !== null} onClick={() => void deliver()}>
              {t('statements.delivery.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('statements.delivery.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="status-message">
        {status?.text ?? ''}
        {status?.link === 'register' ? (
          <>
            {' '}
            <a href={hrefOf('recommendations')}>{t('statements.delivery.showRegister')}</a>
          </>
        ) : null}
      </p>
      {alert ? (
        <p role="alert" className="field-error">
          {alert}
        </p>
      ) : null}
      {locked ? (
        <p className="locked-note">
          {t('statements.editor.locked')} {stored.deliveredOn ? t('statements.editor.deliveredOn', { date: formatDate(stored.deliveredOn, locale) }) : ''}
        </p>
      ) : null}

      <div className="editor-layout">
        <div className="editor-main">
          <fieldset className="plain document-fields" disabled={locked}>
            <div className="field-row">
              <div className="field">
                <label htmlFor={`${id}-title`}>{t('statements.editor.titleLabel')}</label>
                <input id={`${id}-title`} type="text" value={draft.title} onChange={(e) => change((d) => ({ ...d, title: e.target.value }))} />
              </div>
              <div className="field field-narrow">
                <label htmlFor={`${id}-language`}>{t('statements.create.language')}</label>
                <select id={`${id}-language`} value={draft.language} onChange={(e) => change((d) => ({ ...d, language: e.target.value as LanguageCode }))}>
                  {LANGUAGES.map((code) => (
                    <option key={code} value={code}>
                      {t(`languages.${code}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </fieldset>
          <TitleBlockForm kind={stored.kind} fields={draft.fields} disabled={locked} onChange={setField} />
          <section className="card document-body" aria-labelledby={`${id}-body`}>
            <h2 id={`${id}-body`}>{spokenKind ? t('statements.editor.body') : t('statements.editor.bodyWritten')}</h2>
            <p className="hint" id={`${id}-body-hint`}>
              {t('statements.editor.bodyHint')} {spokenKind ? t('statements.editor.checkAgainstDelivery') : ''}
            </p>
            <RichTextEditor initial={body} label={spokenKind ? t('statements.editor.body') : t('statements.editor.bodyWritten')} describedBy={`${id}-body-hint`} language={draft.language} editable={!locked} onChange={setBody} />
          </section>
          {doc.kind === 'recommending-state' ? (
            <RecommendationsEditor
              recommendations={draft.recommendations ?? []}
              onChange={setRecommendations}
              intro={draft.fields[FIELD.recommendsIntro] ?? ''}
              onIntroChange={(v) => setField(FIELD.recommendsIntro, v)}
              language={draft.language}
              earlier={index}
              disabled={locked}
              announce={(text) => setStatus({ text })}
            />
          ) : null}
          {doc.kind === 'plenary-adoption' ? <PlenaryParts doc={doc} review={review} stateUnderReview={sur} session={draft.session} fields={draft.fields} disabled={locked} onFieldChange={setField} /> : null}
          {doc.kind === 'mid-term-report' || doc.kind === 'thematic-list' ? <TablesSummary doc={doc} stateUnderReview={sur} session={draft.session} /> : null}
          {doc.kind === 'position-paper' ? <AnnexChooser doc={doc} earlier={earlier} stateUnderReview={draft.stateUnderReview} fields={draft.fields} disabled={locked} onFieldChange={setField} /> : null}
          {doc.kind === 'recommending-state' || doc.kind === 'plenary-adoption' ? (
            <div className="card">
              <div className="field">
                <label htmlFor={`${id}-closing`}>{t('statements.editor.closing')}</label>
                <textarea
                  id={`${id}-closing`}
                  rows={2}
                  lang={draft.language}
                  disabled={locked}
                  value={draft.fields[FIELD.closing] ?? ''}
                  aria-describedby={`${id}-closing-hint`}
                  onChange={(e) => setField(FIELD.closing, e.target.value)}
                />
                <p className="hint" id={`${id}-closing-hint`}>
                  {doc.kind === 'plenary-adoption' ? t('statements.editor.plenaryClosingHint') : t('statements.editor.closingHint')}
                </p>
              </div>
            </div>
          ) : null}
        </div>
        <aside className="editor-side">
          <TimingPanel kind={stored.kind} timing={timing} rate={profile.speakingRateWpm} fields={draft.fields} disabled={locked} onFieldChange={setField} />
          {placeholders.length > 0 ? <p className="warning side-note">{t('statements.editor.placeholdersLeft', { count: placeholders.length, first: placeholders[0] })}</p> : null}
          {doc.kind === 'recommending-state' ? <PreviousRecommendations stateUnderReview={draft.stateUnderReview} earlier={earlier} disabled={locked} onRecommendAgain={recommendAgain} /> : null}
          <VersionHistory versions={versions} currentVersion={currentVersion} disabled={busy || locked} onRestore={(v) => void restore(v)} />
        </aside>
      </div>
    </div>
  )
}
