import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import type { Statement } from '../../domain/model'
import { hrefOf } from '../../routes/location'
import { stateName } from './format'

interface Props {
  kind: Statement['kind']
  status: Statement['status']
  stateUnderReview: string | null
  session: number | null
}

/** The way back to the list, and the statement's heading (kind · State · session) with its status. */
export function StatementHeading({ kind, status, stateUnderReview, session }: Props) {
  const { t } = useTranslation()
  const heading = [t(`statements.kindsShort.${kind}`), stateUnderReview ? stateName(stateUnderReview) : '', session ? t('statements.list.sessionOption', { session }) : '']
    .filter(Boolean)
    .join(' · ')

  // Opening a statement moves focus to its heading, so a screen reader starts where the page does.
  useEffect(() => {
    document.querySelector<HTMLElement>('.statements h1')?.focus()
  }, [])

  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('statements')}>{t('statements.editor.back')}</a>
      </p>
      <div className="statements-top">
        <PageTitle>{heading}</PageTitle>
        <span className={`status status-${status}`}>{t('statements.editor.status', { status: t(`statements.statuses.${status}`) })}</span>
      </div>
    </>
  )
}
