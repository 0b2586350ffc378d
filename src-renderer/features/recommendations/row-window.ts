/**
 * The window of a long list that is on screen: which rows to render for the scroll position. Rows have
 * one of two heights (rows and group headings); positions are prefix sums in a typed array, so a list
 * of 100,000 rows costs one short loop when it changes, not 100,000 measurement objects.
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react'

export interface WindowRow {
  index: number
  start: number
  size: number
}

export interface RowWindow {
  totalSize: number
  rows: WindowRow[]
  /** Scrolls just enough to show row `index` (nothing when it is already visible). */
  scrollToIndex: (index: number) => void
}

/** Start offset of every row (and the total at the end), when heights differ; null when they are all `rowHeight`. */
function offsetsOf(count: number, rowHeight: number, otherHeight: number, isOther: ((i: number) => boolean) | null): Float64Array | null {
  if (!isOther) return null
  const offsets = new Float64Array(count + 1)
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + (isOther(i) ? otherHeight : rowHeight)
  return offsets
}

/** The first row whose end is below `y`. */
function rowAt(offsets: Float64Array, count: number, y: number): number {
  let lo = 0
  let hi = count - 1
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (offsets[mid + 1]! <= y) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The rows of a scrolling element to render. `isOther(i)` marks rows of `otherHeight` (group headings);
 * pass null when every row is `rowHeight` (and change its identity when the rows change).
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  otherHeight: number,
  isOther: ((i: number) => boolean) | null,
  overscan = 6
): RowWindow {
  const [view, setView] = useState({ top: 0, height: 800 })
  const offsets = useMemo(() => offsetsOf(count, rowHeight, otherHeight, isOther), [count, rowHeight, otherHeight, isOther])

  useEffect(() => {
    const element = scrollRef.current
    if (!element) return
    let frame = 0
    const read = () => {
      frame = 0
      setView((v) => (v.top === element.scrollTop && v.height === element.clientHeight ? v : { top: element.scrollTop, height: element.clientHeight }))
    }
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(read)
    }
    read()
    element.addEventListener('scroll', onScroll, { passive: true })
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onScroll)
    resize?.observe(element)
    return () => {
      element.removeEventListener('scroll', onScroll)
      resize?.disconnect()
      if (frame !== 0) cancelAnimationFrame(frame)
    }
  }, [scrollRef])

  const startOf = useCallback((i: number) => (offsets ? offsets[i]! : i * rowHeight), [offsets, rowHeight])
  const sizeOf = useCallback((i: number) => (offsets ? offsets[i + 1]! - offsets[i]! : rowHeight), [offsets, rowHeight])
  const totalSize = offsets ? offsets[count]! : count * rowHeight

  const rows: WindowRow[] = []
  if (count > 0) {
    const first = offsets ? rowAt(offsets, count, view.top) : Math.min(count - 1, Math.floor(view.top / rowHeight))
    const bottom = view.top + view.height
    let last = first
    while (last < count - 1 && startOf(last + 1) < bottom) last++
    for (let i = Math.max(0, first - overscan); i <= Math.min(count - 1, last + overscan); i++) rows.push({ index: i, start: startOf(i), size: sizeOf(i) })
  }

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current
      if (!element || index < 0 || index >= count) return
      const start = startOf(index)
      const end = start + sizeOf(index)
      if (start < element.scrollTop) element.scrollTop = start
      else if (end > element.scrollTop + element.clientHeight) element.scrollTop = end - element.clientHeight
    },
    [scrollRef, count, startOf, sizeOf]
  )

  return { totalSize, rows, scrollToIndex }
}
