import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { CodedMessage } from '../domain/coded-message'
import { codedMessageText } from '../i18n/coded-message'

/** Says importers' coded warnings and errors in the interface language (see `i18n/coded-message.ts`). */
export function useCodedMessage(): (message: CodedMessage & { message?: string }) => string {
  const { t, i18n } = useTranslation()
  return useCallback((message) => codedMessageText(message, (key, options) => t(key, options), i18n.language), [t, i18n.language])
}
