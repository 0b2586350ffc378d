import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formattingLocale } from '../../i18n'

/** Formats counts for the current language ("6,094"), with one formatter per language. */
export function useNumberFormat(): (n: number) => string {
  const { i18n } = useTranslation()
  return useMemo(() => {
    const formatter = new Intl.NumberFormat(formattingLocale(i18n.language))
    return (n: number) => formatter.format(n)
  }, [i18n.language])
}
