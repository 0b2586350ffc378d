import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { baseKey, changedFields, type ConflictChoice, type MergeAction, type MergeItem, type MergePlan } from '../../archive/merge-plan'
import { displayFieldValue, fieldName, humanize, recordLabel, tableName } from './describe'
import { interfaceLanguageOf } from '../../components/use-names'
import { formattingLocale } from '../../i18n'

const PAGE = 25

/** The merge's outcomes in the order they are listed. */
const MERGE_ACTIONS: readonly MergeAction[] = ['add', 'update', 'conflict', 'keep-mine', 'keep-deleted', 'skip-clash', 'same']

/** One conflict: the two versions side by side, field by field, and the choice (also used by the sync Conflicts page). */
export function Conflict({ item, choice, onChoose, columns }: { item: MergeItem; choice: ConflictChoice; onChoose: (choice: ConflictChoice) => void; columns?: { mine: string; theirs: string } }) {
  const { t, i18n } = useTranslation()
  const locale = formattingLocale(i18n.language)
  const language = interfaceLanguageOf(i18n.language)
  const id = useId()
  const fields = changedFields(item.mine, item.theirs).filter((f) => f !== 'id')
  const label = recordLabel(t, item.table, item.mine ?? item.theirs, item.theirs.id)
  return (
    <fieldset className="conflict">
      <legend>
        {label ? t('dataSafety.merge.conflictLegend', { table: humanize(tableName(t, item.table)), record: label }) : humanize(tableName(t, item.table, 1))}
      </legend>
      {item.mine === null ? <p className="hint">{t('dataSafety.merge.deletedHere')}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('dataSafety.merge.field')}</th>
            <th scope="col">{columns?.mine ?? t('dataSafety.merge.mine')}</th>
            <th scope="col">{columns?.theirs ?? t('dataSafety.merge.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">{fieldName(t, field)}</th>
              <td>{item.mine ? displayFieldValue(t, item.table, field, item.mine[field], locale, language) : '—'}</td>
              <td>{displayFieldValue(t, item.table, field, item.theirs[field], locale, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="choices">
        <label className="choice">
          <input type="radio" name={id} checked={choice === 'mine'} onChange={() => onChoose('mine')} />
          {t('dataSafety.merge.keepMine')}
        </label>
        <label className="choice">
          <input type="radio" name={id} checked={choice === 'theirs'} onChange={() => onChoose('theirs')} />
          {t('dataSafety.merge.takeTheirs')}
        </label>
      </div>
    </fieldset>
  )
}

/** What a merge will do, the conflicts to decide (with "keep all mine" / "take all theirs"), and Apply. */
export function MergeReview({ plan, busy, onApply }: { plan: MergePlan; busy: boolean; onApply: (choices: Map<string, ConflictChoice>) => void }) {
  const { t } = useTranslation()
  const [choices, setChoices] = useState<Map<string, ConflictChoice>>(() => new Map())
  const [shown, setShown] = useState(PAGE)
  const keyOf = (item: MergeItem) => baseKey(item.table, item.theirs.id)
  const setAll = (choice: ConflictChoice) => setChoices(new Map(plan.conflicts.map((c) => [keyOf(c), choice])))
  const c = plan.counts
  const writes = c.add + c.update + c.conflict
  const visible = useMemo(() => plan.conflicts.slice(0, shown), [plan.conflicts, shown])

  return (
    <div className="merge-review">
      <h3>{t('dataSafety.merge.title')}</h3>
      <ul className="merge-counts">
        {MERGE_ACTIONS.filter((action) => c[action] > 0).map((action) => (
          <li key={action}>{t(`dataSafety.merge.count.${action}`, { count: c[action] })}</li>
        ))}
      </ul>
      {plan.conflicts.length > 0 ? (
        <section aria-labelledby="conflicts-heading">
          <h3 id="conflicts-heading">{t('dataSafety.merge.conflictsTitle')}</h3>
          <p className="hint">{t('dataSafety.merge.conflictsIntro')}</p>
          <div className="button-row">
            <button type="button" onClick={() => setAll('mine')}>
              {t('dataSafety.merge.keepAllMine')}
            </button>
            <button type="button" onClick={() => setAll('theirs')}>
              {t('dataSafety.merge.takeAllTheirs')}
            </button>
          </div>
          {visible.map((item) => (
            <Conflict
              key={keyOf(item)}
              item={item}
              choice={choices.get(keyOf(item)) ?? 'mine'}
              onChoose={(choice) => setChoices((old) => new Map(old).set(keyOf(item), choice))}
            />
          ))}
          {shown < plan.conflicts.length ? (
            <button type="button" className="link-button" onClick={() => setShown((n) => n + PAGE)}>
              {t('dataSafety.merge.showMore', { count: Math.min(PAGE, plan.conflicts.length - shown) })}
            </button>
          ) : null}
        </section>
      ) : null}
      {writes === 0 ? (
        <p>{t('dataSafety.merge.nothingToDo')}</p>
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={() => onApply(choices)}>
          {t('dataSafety.merge.apply')}
        </button>
      )}
    </div>
  )
}
