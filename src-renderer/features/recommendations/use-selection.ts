import { useCallback, useRef, useState } from 'react'
import type { RegisterTable } from '../../domain/register-table'
import type { RegisterResult } from '../../domain/register-view'

/** The recommendations ticked for a bulk edit: one at a time, a range from the last one ticked (Shift), or all shown. */
export function useSelection(table: RegisterTable, result: RegisterResult) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  // Where a Shift-range starts: the last row ticked on its own.
  const anchor = useRef<string | null>(null)

  const toggle = useCallback(
    (id: string, range: boolean) => {
      setSelected((current) => {
        const next = new Set(current)
        if (range && anchor.current) {
          const from = result.indices.indexOf(table.indexOf(anchor.current) ?? -1)
          const to = result.indices.indexOf(table.indexOf(id) ?? -1)
          if (from >= 0 && to >= 0) {
            for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
              const chosen = table.idAt(result.indices[i]!)
              if (chosen !== undefined) next.add(chosen)
            }
            return next
          }
        }
        if (next.has(id)) next.delete(id)
        else next.add(id)
        anchor.current = id
        return next
      })
    },
    [result, table]
  )

  const selectAll = useCallback(() => {
    const all = new Set<string>()
    for (const index of result.indices) {
      const id = table.idAt(index)
      if (id !== undefined) all.add(id)
    }
    setSelected(all)
  }, [result, table])

  const clear = useCallback(() => setSelected(new Set()), [])

  return { selected, toggle, selectAll, clear }
}
