import { useCallback, useState } from 'react'
import { useRecommendation } from '../../db/hooks/recommendation-hooks'

/** The recommendation open in the detail panel: opening it moves focus to its heading, closing it back to the list. */
export function useOpenRecommendation() {
  const [openId, setOpenId] = useState<string | null>(null)
  const openRecord = useRecommendation(openId)

  const open = useCallback((id: string) => {
    setOpenId(id)
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.detail h2')?.focus())
  }, [])

  const close = useCallback(() => {
    setOpenId(null)
    document.querySelector<HTMLElement>('.register-list')?.focus()
  }, [])

  return { openRecord, open, close }
}
