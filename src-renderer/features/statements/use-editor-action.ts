import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { documentProblemText, isDocumentProblem } from '../../export/kit/problem'
import { messageOf } from './format'

/** What the last action did, with a link to the register when it added recommendations there. */
export interface ActionStatus {
  text: string
  link?: 'register'
}

/** Runs the editor's actions: busy while one runs, then what it did or, in the interface language, why it failed. */
export function useEditorAction(notice: string) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<ActionStatus | null>(notice ? { text: notice } : null)
  const [alert, setAlert] = useState('')
  const [busy, setBusy] = useState(false)

  async function act(action: () => Promise<void>) {
    setBusy(true)
    setAlert('')
    setStatus(null)
    try {
      await action()
    } catch (error) {
      // What the action was doing ("Preparing the Word document…") is over: only the reason it failed stays.
      setStatus(null)
      // A document that cannot be made says why in the interface language; so do the repository's refusals.
      const key = (error as { key?: unknown }).key
      if (isDocumentProblem(error)) setAlert(documentProblemText(error, (k, options) => t(k, options)))
      else setAlert(typeof key === 'string' ? t(key.includes('.') ? key : `statements.errors.${key}`, { defaultValue: messageOf(error), ...((error as { params?: Record<string, unknown> }).params ?? {}) }) : messageOf(error))
    } finally {
      setBusy(false)
    }
  }

  return { status, setStatus, alert, busy, act }
}

/** The running of actions and their messages, as `useEditorAction` gives them. */
export type EditorAction = ReturnType<typeof useEditorAction>
