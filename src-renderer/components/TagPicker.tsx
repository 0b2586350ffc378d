import { useId } from 'react'

export interface TagOption {
  id: string
  label: string
}

interface Props {
  label: string
  options: readonly TagOption[]
  value: readonly string[]
  onChange: (next: string[]) => void
  addLabel: string
  removeLabel: (tag: string) => string
}

/** Several values from a list: chips with remove buttons and a select to add one. Keyboard-friendly. */
export function TagPicker({ label, options, value, onChange, addLabel, removeLabel }: Props) {
  const id = useId()
  const labelOf = (tag: string) => options.find((o) => o.id === tag)?.label ?? tag
  return (
    <div className="field" role="group" aria-labelledby={`${id}-label`}>
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <ul className="chips" aria-label={label}>
        {value.map((tag) => (
          <li key={tag} className="chip">
            <span>{labelOf(tag)}</span>
            <button type="button" className="chip-remove" aria-label={removeLabel(labelOf(tag))} onClick={() => onChange(value.filter((v) => v !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <select
        aria-label={`${addLabel}: ${label}`}
        value=""
        onChange={(e) => {
          if (e.target.value && !value.includes(e.target.value)) onChange([...value, e.target.value])
        }}
      >
        <option value="">{addLabel}…</option>
        {options
          .filter((o) => !value.includes(o.id))
          .map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
      </select>
    </div>
  )
}
