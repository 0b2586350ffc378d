import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { hrefOf, NAV_PAGES, type Page } from '../routes/location'

/** The window frame: header, keyboard-reachable navigation, and the page. */
export function AppShell({ page, missionName, children, headerExtra, navExtra }: { page: Page; missionName: string; children: ReactNode; headerExtra?: ReactNode; navExtra?: ReactNode }) {
  const { t } = useTranslation()
  const mainRef = useRef<HTMLElement>(null)
  const firstRender = useRef(true)

  // On navigation, move focus to the new page so keyboard and screen-reader users land on its content.
  // A page seen for the first time loads its code first: its heading is focused as soon as it appears.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    const main = mainRef.current
    if (!main) return
    // While the new page loads, the old one may stay in place hidden: only a heading that is shown counts.
    const focusHeading = () => {
      const heading = [...main.querySelectorAll<HTMLElement>('h1')].find((h) => h.getClientRects().length > 0)
      heading?.focus()
      return heading !== undefined && document.activeElement === heading
    }
    if (focusHeading()) return
    const watcher = new MutationObserver(() => {
      if (focusHeading()) watcher.disconnect()
    })
    watcher.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] })
    return () => watcher.disconnect()
  }, [page])

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
          {NAV_PAGES.map((p) => (
            <li key={p}>
              <a href={hrefOf(p)} aria-current={p === page ? 'page' : undefined}>
                {t(`nav.${p}`)}
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
