/** The status indicator's words for a sync status (pure, over a translator). */
import type { TFunction } from 'i18next'
import type { SyncStatus } from '../../sync/engine'

/** "Synced at 14:32", "Sending 3", "Offline since 14:32", "Sync stopped: the password is wrong." */
export function describeStatus(t: TFunction, status: SyncStatus, locale: string): string {
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
  const s = status.sync
  let text: string
  switch (s.state) {
    case 'starting':
      text = t('sync.status.starting')
      break
    case 'synced':
      text = s.at ? t('sync.status.syncedAt', { time: time(s.at) }) : t('sync.status.synced')
      break
    case 'sending':
      text = t('sync.status.sending', { count: s.count })
      break
    case 'receiving':
      text = t('sync.status.receiving', { count: s.count })
      break
    case 'offline':
      text = t('sync.status.offline', { time: time(s.since) })
      break
    case 'error':
      text = t('sync.status.error', { problem: t(`sync.problem.${s.problem}`) })
      break
    case 'stopped':
      text = t('sync.status.stopped')
      break
  }
  return status.readOnly && s.state !== 'error' ? `${text} (${t('sync.status.readOnly')})` : text
}
