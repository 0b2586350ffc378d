import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { formattingLocale } from '../../i18n'
import { canPickFolder, pickFolder } from '../../sync/browser-folder'
import { missionRoles, SyncError } from '../../sync/session'
import { describeStatus } from './describe-status'
import { useSyncService, useSyncSnapshot } from './sync-hooks'
import type { SignInForm } from '../../db/sync/sync-service'
import './sync.css'

function problemOf(error: unknown): SyncError['problem'] {
  return error instanceof SyncError ? error.problem : 'server-error'
}

/** A labelled text input. */
function Field(props: { label: string; value: string; onChange: (v: string) => void; type?: string; hint?: string; autoComplete?: string; required?: boolean }) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete}
        required={props.required}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint ? (
        <p id={`${id}-hint`} className="hint">
          {props.hint}
        </p>
      ) : null}
    </div>
  )
}

/** The sign-in form (first time, or again after a restart). */
function SignInSection({ initial }: { initial: Partial<SignInForm> }) {
  const { t } = useTranslation()
  const service = useSyncService()
  const snapshot = useSyncSnapshot()
  const [form, setForm] = useState<SignInForm>({ server: '', database: '', name: '', password: '', passphrase: '', encrypt: false, shareExisting: true, ...initial })
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<SyncError['problem'] | null>(null)
  const set = (change: Partial<SignInForm>) => setForm((f) => ({ ...f, ...change }))
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      await service.signIn(form)
    } catch (error) {
      setProblem(problemOf(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section aria-labelledby="sync-sign-in" className="sync-section">
      <h2 id="sync-sign-in">{t('sync.signIn.title')}</h2>
      {snapshot.needsSignIn ? <p>{t('sync.signIn.again')}</p> : null}
      <form onSubmit={(e) => void submit(e)}>
        <Field label={t('sync.signIn.server')} hint={t('sync.signIn.serverHint')} value={form.server} onChange={(server) => set({ server })} type="url" autoComplete="url" required />
        <Field label={t('sync.signIn.database')} value={form.database} onChange={(database) => set({ database })} required />
        <Field label={t('sync.signIn.name')} value={form.name} onChange={(name) => set({ name })} autoComplete="username" required />
        <Field label={t('sync.signIn.password')} value={form.password} onChange={(password) => set({ password })} type="password" autoComplete="current-password" required />
        <Field label={t('sync.signIn.passphrase')} hint={t('sync.signIn.passphraseHint')} value={form.passphrase} onChange={(passphrase) => set({ passphrase })} type="password" autoComplete="off" />
        <label className="choice">
          <input type="checkbox" checked={form.encrypt} onChange={(e) => set({ encrypt: e.target.checked })} />
          {t('sync.signIn.encrypt')}
        </label>
        {snapshot.settings ? null : (
          <label className="choice">
            <input type="checkbox" checked={form.shareExisting} onChange={(e) => set({ shareExisting: e.target.checked })} />
            {t('sync.signIn.shareExisting')}
          </label>
        )}
        <p className="hint">{snapshot.keepsCredentials ? t('sync.signIn.desktopNote') : t('sync.signIn.browserNote')}</p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('sync.signIn.working') : t('sync.signIn.submit')}
        </button>
      </form>
      <div role="alert" className="sync-problem">
        {problem ? t(`sync.problem.${problem}`) : ''}
      </div>
    </section>
  )
}

/** Signed in: who, where, the status, "Sync now" and "Sign out". */
function SignedInSection() {
  const { t, i18n } = useTranslation()
  const service = useSyncService()
  const snapshot = useSyncSnapshot()
  const [removeLocal, setRemoveLocal] = useState(false)
  const [busy, setBusy] = useState(false)
  const settings = snapshot.settings!
  const status = snapshot.status
  return (
    <section aria-labelledby="sync-signed-in" className="sync-section">
      <h2 id="sync-signed-in">{t('sync.signedIn.title')}</h2>
      <p>
        {settings.mode === 'folder'
          ? t('sync.folder.summary', { folder: settings.database, device: settings.name })
          : t('sync.signedIn.summary', { name: settings.name, database: settings.database, server: settings.server })}
      </p>
      {status ? <p className="sync-state">{describeStatus(t, status, formattingLocale(i18n.language))}</p> : null}
      {settings.access === 'read' ? <p className="hint">{t('sync.signedIn.readOnly')}</p> : null}
      {settings.encrypted ? <p className="hint">{t('sync.signedIn.encrypted')}</p> : null}
      <div className="button-row">
        <button type="button" onClick={() => service.syncNow()}>
          {t('sync.signedIn.syncNow')}
        </button>
      </div>
      <label className="choice">
        <input type="checkbox" checked={removeLocal} onChange={(e) => setRemoveLocal(e.target.checked)} />
        {t('sync.signedIn.removeLocal')}
      </label>
      <div className="button-row">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void service.signOut(removeLocal).finally(() => setBusy(false))
          }}
        >
          {t('sync.signedIn.signOut')}
        </button>
      </div>
    </section>
  )
}

/** Folder mode: a shared folder instead of a server. */
function FolderSection() {
  const { t } = useTranslation()
  const service = useSyncService()
  const snapshot = useSyncSnapshot()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<SyncError['problem'] | null>(null)
  const reopen = snapshot.settings?.mode === 'folder'
  const start = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      await service.startFolder(passphrase, true, reopen ? undefined : await pickFolder())
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setProblem(problemOf(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section aria-labelledby="sync-folder" className="sync-section">
      <h2 id="sync-folder">{t('sync.folder.title')}</h2>
      <p className="hint">{t('sync.folder.intro')}</p>
      {canPickFolder() ? (
        <form onSubmit={(e) => void start(e)}>
          <Field label={t('sync.folder.passphrase')} hint={t('sync.folder.passphraseHint')} value={passphrase} onChange={setPassphrase} type="password" autoComplete="off" required />
          <button type="submit" disabled={busy}>
            {busy ? t('sync.folder.working') : reopen ? t('sync.folder.reopen') : t('sync.folder.choose')}
          </button>
        </form>
      ) : (
        <p>{t('sync.folder.unsupported')}</p>
      )}
      <div role="alert" className="sync-problem">
        {problem ? t(`sync.problem.${problem}`) : ''}
      </div>
    </section>
  )
}

/** An administrator sets a mission database up from the app. */
function AdminSection() {
  const { t } = useTranslation()
  const service = useSyncService()
  const [form, setForm] = useState({ server: '', database: '', name: '', password: '' })
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setMessage(null)
    try {
      await service.setUpDatabase(form)
      const roles = missionRoles(form.database.trim())
      setMessage({ ok: true, text: t('sync.admin.done', { database: form.database.trim(), writer: roles.writer, reader: roles.reader }) })
    } catch (error) {
      setMessage({ ok: false, text: t(`sync.problem.${problemOf(error)}`) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <details className="sync-section sync-admin">
      <summary>{t('sync.admin.title')}</summary>
      <p className="hint">{t('sync.admin.intro')}</p>
      <form onSubmit={(e) => void submit(e)} aria-label={t('sync.admin.title')}>
        <Field label={t('sync.signIn.server')} value={form.server} onChange={(server) => setForm((f) => ({ ...f, server }))} type="url" required />
        <Field label={t('sync.signIn.database')} value={form.database} onChange={(database) => setForm((f) => ({ ...f, database }))} required />
        <Field label={t('sync.admin.name')} value={form.name} onChange={(name) => setForm((f) => ({ ...f, name }))} autoComplete="off" required />
        <Field label={t('sync.admin.password')} value={form.password} onChange={(password) => setForm((f) => ({ ...f, password }))} type="password" autoComplete="off" required />
        <button type="submit" disabled={busy}>
          {busy ? t('sync.admin.working') : t('sync.admin.submit')}
        </button>
      </form>
      <p role="status" className={message?.ok === false ? 'sync-problem' : undefined}>
        {message?.text ?? ''}
      </p>
    </details>
  )
}

/** The Sync page: sign in to the mission's server, see the state, sign out; administrators set a database up. */
export function SyncPage() {
  const { t } = useTranslation()
  const snapshot = useSyncSnapshot()
  const running = snapshot.settings !== null && snapshot.status !== null && !snapshot.needsSignIn
  return (
    <>
      <PageTitle>{t('sync.title')}</PageTitle>
      <p className="lead">{t('sync.lead')}</p>
      {snapshot.loading ? null : running ? (
        <SignedInSection />
      ) : (
        <>
          {snapshot.settings?.mode === 'folder' ? null : (
            <SignInSection
              key={snapshot.settings?.since ?? 'new'}
              initial={snapshot.settings ? { server: snapshot.settings.server, database: snapshot.settings.database, name: snapshot.settings.name } : {}}
            />
          )}
          <FolderSection />
        </>
      )}
      {snapshot.settings?.mode === 'folder' ? null : <AdminSection />}
    </>
  )
}
