/** A page's heading, focusable so navigation can move focus to it. */
export function PageTitle({ children }: { children: string }) {
  return (
    <h1 tabIndex={-1} className="page-title">
      {children}
    </h1>
  )
}
