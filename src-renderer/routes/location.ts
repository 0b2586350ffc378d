/**
 * Every address of the app, in one table: each page with the parse and format of its part of the URL hash
 * (`#/review?session=47`, `#/statements/<id>`, `#/measures/timeline`). Hash addresses work under any
 * origin (a web server, the desktop app's own scheme) and survive a reload. Pure: no window here.
 */
import { STATEMENT_KINDS, type Iso3, type StatementKind } from '../domain/model'
import { filterFromQuery, type RegisterFilter } from '../domain/register-view'

/** The pages of the navigation, in its order. */
export const NAV_PAGES = ['dashboard', 'review', 'sessions', 'recommendations', 'statements', 'measures', 'data', 'settings'] as const
/** Every page: the navigation's, then Sync (reached from Settings and the sync status) and Conflicts (in the navigation once sync is set up). */
export const PAGES = [...NAV_PAGES, 'sync', 'conflicts'] as const
export type Page = (typeof PAGES)[number]

/** The views of the measures area, each its own address (`#/measures/timeline`), so Back works. */
export const MEASURE_VIEWS = ['list', 'by-right', 'by-group', 'timeline', 'charts'] as const
export type MeasureView = (typeof MEASURE_VIEWS)[number]

/** Where the measures area is: one of its views, the form for a new measure, or one measure. */
export type MeasuresPlace = { kind: 'view'; view: MeasureView } | { kind: 'new' } | { kind: 'measure'; id: string }

/** What another page asks a new statement to be about (`#/statements?new=<kind>&sur=<ISO3>&session=<n>`). */
export interface NewStatementRequest {
  kind: StatementKind
  stateUnderReview: Iso3 | null
  session: number | null
}

/** A place in the app: a page and what its address says. */
export type AppLocation =
  | { page: 'dashboard' }
  | { page: 'review'; session: number | null }
  | { page: 'sessions' }
  | { page: 'recommendations'; filter: RegisterFilter | null }
  | { page: 'statements'; statementId: string | null; newStatement: NewStatementRequest | null }
  | { page: 'measures'; place: MeasuresPlace }
  | { page: 'data' }
  | { page: 'settings' }
  | { page: 'sync' }
  | { page: 'conflicts' }

/** A location given by its page alone, with nothing asked of the page. */
export type PlainPage = Exclude<Page, 'review' | 'recommendations' | 'statements' | 'measures'>

interface Parts {
  page: string
  rest: string
  query: URLSearchParams
}

function partsOf(hash: string): Parts {
  const body = hash.replace(/^#\/?/, '')
  const queryAt = body.indexOf('?')
  const path = queryAt < 0 ? body : body.slice(0, queryAt)
  const slash = path.indexOf('/')
  return {
    page: slash < 0 ? path : path.slice(0, slash),
    rest: slash < 0 ? '' : path.slice(slash + 1),
    query: new URLSearchParams(queryAt < 0 ? '' : body.slice(queryAt + 1))
  }
}

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

function sessionNumber(value: string | null): number | null {
  const n = Number(value)
  return value !== null && value !== '' && Number.isInteger(n) && n >= 1 && n <= 200 ? n : null
}

function measuresPlace(rest: string): MeasuresPlace {
  if (rest === 'new') return { kind: 'new' }
  if ((MEASURE_VIEWS as readonly string[]).includes(rest)) return { kind: 'view', view: rest as MeasureView }
  const id = rest.startsWith('measure/') ? decoded(rest.slice('measure/'.length)) : null
  return id ? { kind: 'measure', id } : { kind: 'view', view: 'list' }
}

function newStatementRequest(query: URLSearchParams): NewStatementRequest | null {
  const kind = query.get('new')
  if (!kind || !(STATEMENT_KINDS as readonly string[]).includes(kind)) return null
  const sur = query.get('sur')
  return { kind: kind as StatementKind, stateUnderReview: sur && /^[A-Z]{3}$/.test(sur) ? sur : null, session: sessionNumber(query.get('session')) }
}

/** The place a URL hash names; anything unknown or malformed is the dashboard (or the page's plain view). */
export function parseLocation(hash: string): AppLocation {
  const { page, rest, query } = partsOf(hash)
  switch (page) {
    case 'review':
      return { page, session: sessionNumber(query.get('session')) }
    case 'recommendations':
      return { page, filter: filterFromQuery(query) }
    case 'statements': {
      const id = rest.split('/')[0] ?? ''
      const statementId = id ? decoded(id) : null
      return { page, statementId: statementId || null, newStatement: statementId ? null : newStatementRequest(query) }
    }
    case 'measures':
      return { page, place: measuresPlace(rest) }
    case 'sessions':
    case 'data':
    case 'settings':
    case 'sync':
    case 'conflicts':
    case 'dashboard':
      return { page }
    default:
      return { page: 'dashboard' }
  }
}

function measuresPath(place: MeasuresPlace): string {
  if (place.kind === 'new') return '/new'
  if (place.kind === 'measure') return `/measure/${encodeURIComponent(place.id)}`
  return place.view === 'list' ? '' : `/${place.view}`
}

function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') query.set(key, String(value))
  const text = query.toString()
  return text ? `${path}?${text}` : path
}

/** The address of a place (`#/review?session=47`); a plain page may be given by its name. */
export function hrefOf(to: AppLocation | PlainPage | Page): string {
  const location: AppLocation = typeof to === 'string' ? parseLocation(`#/${to}`) : to
  switch (location.page) {
    case 'review':
      return withQuery('#/review', { session: location.session })
    case 'recommendations': {
      const filter: Record<string, string> = { ...location.filter }
      return withQuery('#/recommendations', filter)
    }
    case 'statements':
      if (location.statementId) return `#/statements/${encodeURIComponent(location.statementId)}`
      if (location.newStatement) {
        const { kind, stateUnderReview, session } = location.newStatement
        return withQuery('#/statements', { new: kind, sur: stateUnderReview, session })
      }
      return '#/statements'
    case 'measures':
      return `#/measures${measuresPath(location.place)}`
    default:
      return `#/${location.page}`
  }
}

/** One of our reviews on the review page. */
export function ownReviewHref(session: number): string {
  return hrefOf({ page: 'review', session })
}

/** Our statement draft. */
export function statementHref(statementId: string): string {
  return hrefOf({ page: 'statements', statementId, newStatement: null })
}

/** A new recommending-State statement for one review: the statements page opens its form filled in. */
export function newStatementHref(stateUnderReview: Iso3, session: number): string {
  return hrefOf({ page: 'statements', statementId: null, newStatement: { kind: 'recommending-state', stateUnderReview, session } })
}

/** The register filtered to what we recommended to a State (the register's own field names). */
export function recommendedToHref(stateUnderReview: Iso3): string {
  return `#/recommendations?stateUnderReview=${encodeURIComponent(stateUnderReview)}&madeByUs=yes`
}

/** A place in the measures area. */
export function measuresHref(place: MeasuresPlace): string {
  return hrefOf({ page: 'measures', place })
}
