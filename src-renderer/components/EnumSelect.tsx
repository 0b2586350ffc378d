import { useId } from 'react'

interface EnumSelectProps<T extends string> {
  /** The visible label, which also names the list for screen readers. */
  label: string
  value: T
  /** Every choice, in the order shown; an empty string is a choice like any other ("All", "None"). */
  options: readonly T[]
  /** The words shown for a choice. */
  labelOf: (option: T) => string
  onChange: (value: T) => void
  /** The list's id, when a test, an error summary or a focus call needs to find it; a fresh one otherwise. */
  id?: string
  disabled?: boolean
  /** Ids of the hints or errors that describe the list. */
  describedBy?: string
  /** Classes of the field around label and list ("field" by default). */
  className?: string
}

/** A labelled list of fixed choices that hands back a typed choice: the value read is one of `options`, no cast. */
export function EnumSelect<T extends string>({ label, value, options, labelOf, onChange, id, disabled, describedBy, className = 'field' }: EnumSelectProps<T>) {
  const fresh = useId()
  const selectId = id ?? fresh
  return (
    <div className={className}>
      <label htmlFor={selectId}>{label}</label>
      <select
        id={selectId}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy || undefined}
        onChange={(e) => {
          // The browser gives back a string; finding it among the options is what makes it a T.
          const chosen = options.find((option) => option === e.target.value)
          if (chosen !== undefined) onChange(chosen)
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    </div>
  )
}
