// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { FieldError } from '../../../src-renderer/components/FieldError'

afterEach(cleanup)

describe('FieldError', () => {
  it('shows the message under the field, with the id the field points at', () => {
    render(<FieldError fieldId="title" message="Give the measure a title." />)
    const message = screen.getByText('Give the measure a title.')
    expect(message.id).toBe('title-error')
    expect(message.className).toBe('field-error')
  })

  it('shows nothing when the field is fine', () => {
    const { container } = render(<FieldError fieldId="title" message={undefined} />)
    expect(container.innerHTML).toBe('')
  })
})
