import { describe, expect, it } from 'vitest'
import { applyEdits, editedFields } from '../../../src-renderer/domain/edits'

const opened = { id: 'rec_1', notes: 'first', implementationStatus: 'not-started', themes: ['Health'], budget: { amount: 10, currency: 'EUR' }, updatedAt: '2026-12-01' }

describe('a form saved over a record that changed while it was open', () => {
  it('finds the fields the person changed, comparing arrays and objects by content', () => {
    const edited = { ...opened, notes: 'second', themes: ['Health'], budget: { amount: 10, currency: 'EUR' } }
    expect(editedFields(opened, edited)).toEqual(['notes'])
    expect(editedFields(opened, { ...opened, themes: ['Health', 'Education'] })).toEqual(['themes'])
  })

  it('keeps a colleague’s change to a field the person did not touch, and the person’s own change', () => {
    const current = { ...opened, implementationStatus: 'in-progress', updatedAt: '2026-12-02' }
    const edited = { ...opened, notes: 'checked with the ministry' }
    expect(applyEdits(opened, edited, current)).toEqual({ ...opened, notes: 'checked with the ministry', implementationStatus: 'in-progress', updatedAt: '2026-12-02' })
  })

  it('when both changed the same field, the person saving now wins (the sync records the conflict on the other side)', () => {
    const current = { ...opened, notes: 'theirs' }
    expect(applyEdits(opened, { ...opened, notes: 'mine' }, current).notes).toBe('mine')
  })

  it('a field the person cleared to undefined is removed, not kept from the stored record', () => {
    const withOptional: { id: string; note?: string } = { id: 'x', note: 'a' }
    expect(applyEdits(withOptional, { id: 'x' }, { id: 'x', note: 'b' })).toEqual({ id: 'x' })
  })
})
