import type { StatementEdit } from '../../db/repositories/statements'
import { useInscribedSpeakers } from '../../db/hooks/statement-hooks'
import type { MissionProfile, StatementKind } from '../../domain/model'
import { spokenText, type StatementDocument } from '../../domain/statements/document-data'
import { FIELD, numberField } from '../../domain/statements/fields'
import { placeholdersIn } from '../../domain/statements/rich-text'
import { slotOf, timeText } from '../../domain/statements/timing'

/** How long the spoken text takes against the slot of its kind and session, and the placeholders still in it. */
export function useSpeakingTime(kind: StatementKind, draft: StatementEdit, doc: StatementDocument, profile: MissionProfile) {
  const knownSpeakers = useInscribedSpeakers(draft.session, draft.stateUnderReview)
  const spoken = spokenText(doc)
  const slot = slotOf({
    kind,
    enteredSpeakers: numberField(draft.fields, FIELD.inscribedSpeakers),
    knownSpeakers,
    capSeconds: numberField(draft.fields, FIELD.slotCapSeconds),
    allottedMinutes: numberField(draft.fields, FIELD.allottedMinutes),
    speakingAsStateUnderReview: (draft.stateUnderReview ?? profile.stateIso3) === profile.stateIso3
  })
  return { timing: timeText(spoken, profile.speakingRateWpm, slot), placeholders: placeholdersIn(spoken) }
}
