import { useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** One match offered under the search box. */
export interface ComboOption {
  id: string
  label: string
  detail?: string
}

interface Props {
  label: string
  hint?: string
  /** The matches for what is typed (the caller limits how many). */
  search: (query: string) => readonly ComboOption[]
  onPick: (id: string) => void
  /** Shown when something is typed and nothing matches. */
  noMatch: string
}

/**
 * Search-as-you-type with a list of matches (the ARIA combobox pattern): arrows move, Enter picks,
 * Escape closes. Usable inside another form: Enter never submits it.
 */
export function SearchCombobox({ label, hint, search, onPick, noMatch }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [open, setOpen] = useState(false)
  const options = query.trim() ? search(query) : []
  const expanded = open && query.trim() !== ''

  function pick(option: ComboOption | undefined) {
    if (!option) return
    onPick(option.id)
    setQuery('')
    setActive(0)
    setOpen(false)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      setActive((a) => Math.min(a + 1, options.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((a) => Math.max(a - 1, 0))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (expanded) pick(options[active])
    } else if (event.key === 'Escape' && expanded) {
      // Close the list only; the surrounding pane keeps its own Escape for when the list is closed.
      event.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <div className="field combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && options[active] ? `${id}-option-${active}` : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="combobox-list" hidden={!expanded}>
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault()
              pick(o)
            }}
          >
            <span className="combobox-label">{o.label}</span>
            {o.detail ? <span className="hint"> {o.detail}</span> : null}
          </li>
        ))}
      </ul>
      {expanded && options.length === 0 ? <p className="hint" role="status">{noMatch}</p> : null}
      {expanded && options.length > 0 ? <p className="visually-hidden" role="status">{t('measures.link.matches', { count: options.length })}</p> : null}
    </div>
  )
}
