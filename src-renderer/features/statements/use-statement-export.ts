import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import type { MissionProfile } from '../../domain/model'
import { statementDocument } from '../../domain/statements/document-data'
import { exportWord } from './export-word'
import type { Autosave } from './use-autosave'
import type { EditorAction } from './use-editor-action'
import type { StatementPaper } from './use-statement-document'

/** "Export to Word": saves the words typed, then writes the statement's Word document where the user chooses. */
export function useStatementExport(paper: StatementPaper, profile: MissionProfile, { flush }: Pick<Autosave, 'flush'>, { act, setStatus }: Pick<EditorAction, 'act' | 'setStatus'>) {
  const { t } = useTranslation()
  const { recoveryMeasures } = useRepositories()
  const { doc, current, records, review, emblem, unreadable } = paper

  return () =>
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
}
