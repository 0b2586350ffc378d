import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { useStatementVersions } from '../../db/hooks/statement-hooks'
import type { Statement, StatementVersion } from '../../domain/model'
import { sameWords } from '../../domain/statements/versions'
import type { Autosave } from './use-autosave'
import type { EditorAction } from './use-editor-action'

interface VersionsInput {
  stored: Statement
  words: Autosave
  action: Pick<EditorAction, 'act' | 'setStatus'>
  /** Called before a restore so that leaving the editor does not save the old words as a version on top. */
  skipVersionOnLeave: () => void
  /** Opens the editor again on the restored statement, with a message. */
  onReseed: (statement: Statement, notice: string) => void
}

/** The statement's saved versions: which one the words match, "Save a version", and going back to an earlier one. */
export function useVersions({ stored, words, action, skipVersionOnLeave, onReseed }: VersionsInput) {
  const { t } = useTranslation()
  const { statements: repo } = useRepositories()
  const { act, setStatus } = action
  const versions = useStatementVersions(stored.id)
  const lastVersion = versions[versions.length - 1]
  const currentVersion = lastVersion && sameWords(words.draft, lastVersion) ? lastVersion.version : null

  const saveVersion = () =>
    act(async () => {
      const before = stored.version
      const saved = await repo.saveVersion(words.latestChanges(), 'saved')
      words.markSaved()
      setStatus({ text: saved.version > before ? t('statements.editor.versionSaved', { version: saved.version }) : t('statements.editor.noChanges', { version: saved.version }) })
    })

  const restore = (version: StatementVersion) =>
    act(async () => {
      await words.flush()
      const restored = await repo.restore(stored.id, version.id)
      skipVersionOnLeave()
      onReseed(restored, t('statements.history.restored', { from: version.version, version: restored.version }))
    })

  return { versions, currentVersion, saveVersion, restore }
}
