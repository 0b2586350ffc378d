import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { useStatement } from '../../db/hooks/statement-hooks'
import type { DraftRecommendation, MissionProfile, Recommendation, Statement } from '../../domain/model'
import { FIELD } from '../../domain/statements/fields'
import { withPreviouslyRecommendedPhrase } from '../../domain/statements/previously-recommended'
import { parseRichDoc, serialiseRichDoc, type RichDoc } from '../../domain/statements/rich-text'
import { newId } from '../../domain/ids'
import { hrefOf } from '../../routes/location'
import { ActionMessages } from './ActionMessages'
import { AutosaveFailure } from './AutosaveFailure'
import { ClosingField } from './ClosingField'
import { ConfirmDelete } from './ConfirmDelete'
import { ConfirmDelivery } from './ConfirmDelivery'
import { DocumentBody } from './DocumentBody'
import { DocumentFields } from './DocumentFields'
import { EditorActions, type Confirming } from './EditorActions'
import { LockedNote } from './LockedNote'
import { PreviousRecommendations } from './PreviousRecommendations'
import { RecommendationsEditor } from './RecommendationsEditor'
import { AnnexChooser, PlenaryParts, TablesSummary } from './RegisterParts'
import { StatementHeading } from './StatementHeading'
import { TimingPanel } from './TimingPanel'
import { TitleBlockForm } from './TitleBlockForm'
import { useAutosave } from './use-autosave'
import { useDelivery } from './use-delivery'
import { useEarlierRecommendations } from './use-earlier-recommendations'
import { useEditorAction } from './use-editor-action'
import { useLeaveGuard } from './use-leave-guard'
import { useSpeakingTime } from './use-speaking-time'
import { useStatementActions } from './use-statement-actions'
import { useStatementDocument } from './use-statement-document'
import { useStatementExport } from './use-statement-export'
import { useVersions } from './use-versions'
import { VersionHistory } from './VersionHistory'

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
  const { t } = useTranslation()
  const [body] = useState<RichDoc>(() => parseRichDoc(initial.content))
  const [confirming, setConfirming] = useState<Confirming>(null)
  const locked = stored.status === 'delivered'
  const words = useAutosave(initial, locked)
  const { draft, change } = words
  const skipVersionOnLeave = useLeaveGuard(words)
  const action = useEditorAction(notice)
  const { busy, setStatus } = action
  const sur = draft.stateUnderReview ?? profile.stateIso3

  const paper = useStatementDocument(stored, draft, profile)
  const { doc, review } = paper
  const { timing, placeholders } = useSpeakingTime(stored.kind, draft, doc, profile)
  const { earlier, index } = useEarlierRecommendations(paper.records, { stateUnderReview: sur, session: draft.session, statementId: stored.id })
  const { versions, currentVersion, saveVersion, restore } = useVersions({ stored, words, action, skipVersionOnLeave, onReseed })
  const exportDocument = useStatementExport(paper, profile, words, action)
  const delivery = useDelivery(initial, profile, words, action, () => setConfirming(null))
  const { duplicate, setFinal, remove } = useStatementActions(stored, words, action, skipVersionOnLeave)

  const setField = useCallback((name: string, value: string) => change((d) => ({ ...d, fields: { ...d.fields, [name]: value } })), [change])
  const setRecommendations = useCallback((next: DraftRecommendation[]) => change((d) => ({ ...d, recommendations: next })), [change])
  const setBody = useCallback((doc: RichDoc) => change((d) => ({ ...d, content: serialiseRichDoc(doc) })), [change])

  const recommendAgain = (r: Recommendation) => {
    const text = withPreviouslyRecommendedPhrase(r.text, draft.language)
    const next = [...(draft.recommendations ?? []), { id: newId('drc'), text, followsUpId: r.id }]
    setRecommendations(next)
    setStatus({ text: t('statements.previous.added', { n: next.length }) })
  }

  return (
    <div className="statement-editor">
      <StatementHeading kind={stored.kind} status={stored.status} stateUnderReview={draft.stateUnderReview} session={draft.session} />
      <EditorActions
        status={stored.status}
        busy={busy}
        locked={locked}
        saveState={words.saveState}
        confirming={confirming}
        onConfirm={setConfirming}
        onExport={() => void exportDocument()}
        onSaveVersion={() => void saveVersion()}
        onDuplicate={() => void duplicate()}
        onSetFinal={(next) => void setFinal(next)}
      />
      <AutosaveFailure saveState={words.saveState} saveError={words.saveError} />
      {confirming === 'delete' ? <ConfirmDelete title={draft.title} busy={busy} onDelete={() => void remove()} onKeep={() => setConfirming(null)} /> : null}
      {confirming === 'deliver' ? (
        <ConfirmDelivery statement={paper.current} stateUnderReview={sur} deliveredOn={delivery.deliveredOn} busy={busy} onDateChange={delivery.setDeliveredOn} onDeliver={() => void delivery.deliver()} onCancel={() => setConfirming(null)} />
      ) : null}
      <ActionMessages status={action.status} alert={action.alert} />
      {locked ? <LockedNote deliveredOn={stored.deliveredOn} /> : null}

      <div className="editor-layout">
        <div className="editor-main">
          <DocumentFields title={draft.title} language={draft.language} disabled={locked} onTitleChange={(title) => change((d) => ({ ...d, title }))} onLanguageChange={(language) => change((d) => ({ ...d, language }))} />
          <TitleBlockForm kind={stored.kind} fields={draft.fields} disabled={locked} onChange={setField} />
          <DocumentBody kind={stored.kind} initial={body} language={draft.language} editable={!locked} onChange={setBody} />
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
            <ClosingField value={draft.fields[FIELD.closing] ?? ''} plenary={doc.kind === 'plenary-adoption'} language={draft.language} disabled={locked} onChange={(v) => setField(FIELD.closing, v)} />
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
