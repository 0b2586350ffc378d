import { useCallback, useEffect, useRef, useState } from 'react'
import { useRepositories } from '../../db/hooks/context'
import type { StatementChanges, StatementEdit } from '../../db/repositories/statements'
import { editedFields } from '../../domain/edits'
import type { Statement } from '../../domain/model'
import { recommendationsOf } from '../../domain/statements/fields'
import { messageOf } from './format'
import { trackUnsavedWork } from '../../platform/unsaved-work'

const AUTOSAVE_PAUSE_MS = 700

/** Where the words typed stand: on disk, on their way, or refused by the database. */
export type SaveState = 'saved' | 'saving' | 'failed'

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

/** What changed in `words` since `saved`: the id and the changed parts only. */
function changesSince(saved: StatementEdit, words: StatementEdit): StatementChanges {
  const changes: StatementChanges = { id: words.id }
  for (const key of editedFields(saved, words)) if (key !== 'id') Object.assign(changes, { [key]: words[key] })
  return changes
}

/** The words being typed, saved at every pause in typing (never once the statement is delivered). */
export function useAutosave(initial: Statement, locked: boolean) {
  const { statements: repo } = useRepositories()
  const [draft, setDraft] = useState<StatementEdit>(() => editOf(initial))
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState('')
  // Read by actions and by the leave guard, which must see the last words even between renders.
  const latest = useRef(draft)
  const dirty = useRef(false)
  // The words as last read or saved: a save sends only what changed since (see StatementChanges).
  const saved = useRef(draft)

  // The repository decides when a pause also becomes a version.
  useEffect(() => {
    latest.current = draft
    if (!dirty.current || locked) return
    setSaveState('saving')
    const timer = setTimeout(() => {
      const saving = draft
      repo
        .autosave(changesSince(saved.current, saving))
        .then(() => {
          saved.current = saving
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

  // Words typed since the last autosave are unsaved: a reload for a new version of the web app waits for them.
  useEffect(() => trackUnsavedWork(() => dirty.current && !locked), [locked])

  /** Changes the words; the next pause saves them. */
  const change = useCallback((update: (d: StatementEdit) => StatementEdit) => {
    dirty.current = true
    setDraft((d) => update(d))
  }, [])
  /** The words as typed now, saved or not. */
  const latestWords = useCallback(() => latest.current, [])
  /** What was typed since the last save, for the repository's saves. */
  const latestChanges = useCallback(() => changesSince(saved.current, latest.current), [])
  /** Whether words were typed since the last save. */
  const unsaved = useCallback(() => dirty.current, [])
  /** Says the words typed are on disk (a version was just saved from them). */
  const markSaved = useCallback(() => {
    saved.current = latest.current
    dirty.current = false
    setSaveState('saved')
  }, [])

  /** Writes what is typed now, before an action that reads the stored statement. */
  async function flush(): Promise<void> {
    if (!dirty.current || locked) return
    await repo.autosave(latestChanges())
    markSaved()
  }

  return { draft, change, saveState, saveError, latestWords, latestChanges, unsaved, markSaved, flush }
}

/** The editor's words and how to change and save them, as `useAutosave` gives them. */
export type Autosave = ReturnType<typeof useAutosave>
