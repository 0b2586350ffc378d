import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import type { Statement } from '../../domain/model'
import { navigate } from '../../routes/use-location'
import type { Autosave } from './use-autosave'
import type { EditorAction } from './use-editor-action'

/** What the user does to the statement as a whole: duplicate it, mark it final or back to draft, delete it. */
export function useStatementActions(stored: Statement, words: Pick<Autosave, 'draft' | 'flush'>, { act }: Pick<EditorAction, 'act'>, skipVersionOnLeave: () => void) {
  const { t } = useTranslation()
  const { statements: repo } = useRepositories()

  const duplicate = () =>
    act(async () => {
      await words.flush()
      const copy = await repo.duplicate(stored.id, t('statements.editor.copyTitle', { title: words.draft.title }))
      navigate({ page: 'statements', statementId: copy.id, newStatement: null })
    })

  const setFinal = (next: 'draft' | 'final') =>
    act(async () => {
      await words.flush()
      await repo.setStatus(stored.id, next)
    })

  const remove = () =>
    act(async () => {
      skipVersionOnLeave()
      await repo.remove(stored.id)
      navigate('statements')
    })

  return { duplicate, setFinal, remove }
}
