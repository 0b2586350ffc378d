/** A field's error under it; the field points at it with `aria-describedby` (the id is `${fieldId}-error`). */
export function FieldError({ fieldId, message }: { fieldId: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p className="field-error" id={`${fieldId}-error`}>
      {message}
    </p>
  )
}
