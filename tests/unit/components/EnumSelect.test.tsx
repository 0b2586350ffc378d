// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { EnumSelect } from '../../../src-renderer/components/EnumSelect'

afterEach(cleanup)

const FRUITS = ['apple', 'pear', 'plum'] as const
type Fruit = (typeof FRUITS)[number]
const NAMES: Record<Fruit, string> = { apple: 'Apple', pear: 'Pear', plum: 'Plum' }

/** Holds the choice the way a form does, so the list shows what was chosen. */
function Form({ initial, onChange }: { initial: Fruit; onChange: (fruit: Fruit) => void }) {
  const [fruit, setFruit] = useState<Fruit>(initial)
  return (
    <EnumSelect
      label="Fruit"
      value={fruit}
      options={FRUITS}
      labelOf={(f) => NAMES[f]}
      onChange={(f) => {
        setFruit(f)
        onChange(f)
      }}
    />
  )
}

describe('EnumSelect', () => {
  it('is named by its label and lists every option, in order, by its words', () => {
    render(<Form initial="pear" onChange={() => undefined} />)
    const select = screen.getByLabelText('Fruit')
    expect(select).toBe(screen.getByRole('combobox', { name: 'Fruit' }))
    expect(select).toHaveProperty('value', 'pear')
    expect([...select.querySelectorAll('option')].map((o) => `${o.value}:${o.textContent}`)).toEqual(['apple:Apple', 'pear:Pear', 'plum:Plum'])
  })

  it('hands back the chosen option, typed, and shows it', async () => {
    const chosen = vi.fn<(fruit: Fruit) => void>()
    render(<Form initial="apple" onChange={chosen} />)
    await userEvent.selectOptions(screen.getByLabelText('Fruit'), 'Plum')
    expect(chosen).toHaveBeenCalledExactlyOnceWith('plum')
    expect(screen.getByLabelText('Fruit')).toHaveProperty('value', 'plum')
  })

  it('ignores a value that is not one of its options (an option added from outside)', () => {
    const chosen = vi.fn<(fruit: Fruit) => void>()
    render(<Form initial="apple" onChange={chosen} />)
    const select = screen.getByLabelText<HTMLSelectElement>('Fruit')
    const foreign = document.createElement('option')
    foreign.value = 'brick'
    select.append(foreign)
    select.value = 'brick'
    fireEvent.change(select)
    expect(chosen).not.toHaveBeenCalled()
  })

  it('takes an empty string as a choice like any other ("All")', async () => {
    const chosen = vi.fn<(filter: Fruit | '') => void>()
    render(<EnumSelect label="Kind" value={'pear' as Fruit | ''} options={['', ...FRUITS]} labelOf={(f) => (f === '' ? 'All' : NAMES[f])} onChange={chosen} />)
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'All')
    expect(chosen).toHaveBeenCalledExactlyOnceWith('')
  })

  it('uses the id given, the field class given, the description and the disabled state', () => {
    render(
      <>
        <p id="fruit-hint">Only what is in season.</p>
        <EnumSelect id="fruit" className="field field-compact" label="Fruit" value="apple" options={FRUITS} labelOf={(f) => NAMES[f]} onChange={() => undefined} describedBy="fruit-hint" disabled />
      </>
    )
    const select = screen.getByLabelText<HTMLSelectElement>('Fruit')
    expect(select.id).toBe('fruit')
    expect(select.getAttribute('aria-describedby')).toBe('fruit-hint')
    expect(select.disabled).toBe(true)
    expect(select.parentElement?.className).toBe('field field-compact')
  })

  it('gives each list its own id when none is given, and no empty description', () => {
    render(
      <>
        <EnumSelect label="First" value="apple" options={FRUITS} labelOf={(f) => NAMES[f]} onChange={() => undefined} />
        <EnumSelect label="Second" value="pear" options={FRUITS} labelOf={(f) => NAMES[f]} onChange={() => undefined} />
      </>
    )
    const first = screen.getByLabelText('First')
    const second = screen.getByLabelText('Second')
    expect(first.id).not.toBe(second.id)
    expect(first.hasAttribute('aria-describedby')).toBe(false)
    expect(first.parentElement?.className).toBe('field')
  })
})
