import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { hrefOf, ROUTES, type Route } from './router'

/** The window frame: header, keyboard-reachable navigation, and the page. */
export function AppShell({ route, missionName, children, headerExtra, navExtra }: { route: Route; missionName: string; children: ReactNode; headerExtra?: ReactNode; navExtra?: ReactNode }) {
  const { t } = useTranslation()
  const mainRef = useRef<HTMLElement>(null)
  const firstRender = useRef(true)

  // On navigation, move focus to the new page so keyboard and screen-reader users land on its content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [route])

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.querySelector<HTMLElement>('h1')?.focus() }}>
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <span className="brand">
          <img src="./icon.svg" alt="" width={28} height={28} />
          {t('app.name')}
        </span>
        <span className="mission-name">{missionName}</span>
        {headerExtra}
      </header>
      <nav className="shell-nav" aria-label={t('app.navigation')}>
        <ul>
          {ROUTES.map((r) => (
            <li key={r}>
              <a href={hrefOf(r)} aria-current={r === route ? 'page' : undefined}>
                {t(`nav.${r}`)}
              </a>
            </li>
          ))}
          {navExtra}
        </ul>
      </nav>
      <main id="main" ref={mainRef} className="shell-main">
        {children}
      </main>
    </div>
  )
}
