import { useSyncExternalStore } from 'react'

/** The views of the measures area, each its own address (`#/measures/timeline`), so Back works. */
export const MEASURE_VIEWS = ['list', 'by-right', 'by-group', 'timeline', 'charts'] as const
export type MeasureView = (typeof MEASURE_VIEWS)[number]

/** Where the measures area is: one of its views, the form for a new measure, or one measure. */
export type MeasuresLocation = { kind: 'view'; view: MeasureView } | { kind: 'new' } | { kind: 'measure'; id: string }

/** Reads the part of the hash after `#/measures/`. */
export function measuresLocationFromHash(hash: string): MeasuresLocation {
  const [, area, part] = hash.replace(/^#\/?/, '').split('?')[0]!.match(/^([^/]*)\/?(.*)$/) ?? []
  if (area !== 'measures' || !part) return { kind: 'view', view: 'list' }
  if (part === 'new') return { kind: 'new' }
  if ((MEASURE_VIEWS as readonly string[]).includes(part)) return { kind: 'view', view: part as MeasureView }
  const id = decodeURIComponent(part.replace(/^measure\//, ''))
  return part.startsWith('measure/') && id ? { kind: 'measure', id } : { kind: 'view', view: 'list' }
}

/** The address of a place in the measures area. */
export function hrefOfMeasures(location: MeasuresLocation): string {
  if (location.kind === 'new') return '#/measures/new'
  if (location.kind === 'measure') return `#/measures/measure/${encodeURIComponent(location.id)}`
  return location.view === 'list' ? '#/measures' : `#/measures/${location.view}`
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The current place in the measures area, re-rendering on navigation. */
export function useMeasuresLocation(): MeasuresLocation {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return measuresLocationFromHash(hash)
}
