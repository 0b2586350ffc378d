import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { POSITIONS, type Position } from '../../domain/model'
import type { RegisterTable } from '../../domain/register-table'
import type { RegisterRows } from '../../domain/register-view'
import { useNames } from '../../components/use-names'
import { useRowWindow } from './row-window'

interface Props {
  table: RegisterTable
  rows: RegisterRows
  activeId: string | null
  selected: ReadonlySet<string>
  groupLabel: (key: string) => string
  onActivate: (id: string) => void
  onToggle: (id: string, range: boolean) => void
  onSelectAll: () => void
  onOpen: (id: string) => void
}

const ROW_HEIGHT = 68
const GROUP_HEIGHT = 36

/**
 * The register list: windowed (only the rows on screen exist in the page, so 100,000 recommendations
 * scroll smoothly), a listbox with keyboard control: arrows, Home/End, Page Up/Down, Space to select,
 * Shift to extend, Ctrl+A to select all, Enter to open the detail.
 */
export const RecommendationList = memo(function RecommendationList({ table, rows, activeId, selected, groupLabel, onActivate, onToggle, onSelectAll, onOpen }: Props) {
  const { t } = useTranslation()
  const names = useNames()
  const stateName = (iso3: string) => names.state(iso3)
  const scrollRef = useRef<HTMLDivElement>(null)
  // The words every row repeats, translated once (not a few times per row on every keystroke).
  const words = useMemo(() => {
    const sessions = new Map<number, string>()
    return {
      position: Object.fromEntries(POSITIONS.map((p) => [p, t(`positions.${p}`)])) as Record<Position, string>,
      category: [0, 1, 2, 3, 4, 5].map((n) => (n ? t('register.categoryShort', { n }) : '')),
      categoryTitle: t('register.actionCategory'),
      madeByUs: ` · ${t('register.madeByUs')}`,
      session: (session: number) => {
        let label = sessions.get(session)
        if (label === undefined) sessions.set(session, (label = ` · ${t('register.sessionShort', { session })}`))
        return label
      }
    }
  }, [t])
  const isHeading = useCallback((i: number) => rows.indexAt(i) < 0, [rows])
  const view = useRowWindow(scrollRef, rows.length, ROW_HEIGHT, GROUP_HEIGHT, rows.grouped ? isHeading : null, 8)
  // Where the cursor is: a row under two groups appears twice, and the cursor stays on the one it moved to.
  const [cursor, setCursor] = useState(-1)
  const activeGlobal = activeId === null ? undefined : table.indexOf(activeId)
  const activeIndex =
    activeGlobal === undefined ? -1 : rows.indexAt(cursor) === activeGlobal ? cursor : rows.positionOf(activeGlobal)
  const { scrollToIndex } = view
  const activeShown = view.rows.some((item) => item.index === activeIndex)

  useEffect(() => {
    if (activeIndex >= 0) scrollToIndex(activeIndex)
  }, [activeIndex, scrollToIndex])

  function move(to: number, extend = false) {
    const step = to >= activeIndex ? 1 : -1
    for (let i = Math.max(0, Math.min(rows.length - 1, to)); i >= 0 && i < rows.length; i += step) {
      const id = table.idAt(rows.indexAt(i))
      if (id !== undefined) {
        setCursor(i)
        onActivate(id)
        if (extend) onToggle(id, true)
        return
      }
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1)
    const current = activeIndex < 0 ? -1 : activeIndex
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          move(current + 1, event.shiftKey)
          return true
        case 'ArrowUp':
          move(current - 1, event.shiftKey)
          return true
        case 'PageDown':
          move(current + page)
          return true
        case 'PageUp':
          move(current - page)
          return true
        case 'Home':
          move(0)
          return true
        case 'End':
          move(rows.length - 1)
          return true
        case ' ':
          if (activeId) onToggle(activeId, event.shiftKey)
          return true
        case 'Enter':
          if (activeId) onOpen(activeId)
          return true
        case 'a':
          if (event.ctrlKey || event.metaKey) {
            onSelectAll()
            return true
          }
          return false
        default:
          return false
      }
    })()
    if (handled) event.preventDefault()
  }

  return (
    <div
      ref={scrollRef}
      className="register-list"
      role="listbox"
      aria-label={t('register.listLabel')}
      aria-multiselectable="true"
      aria-activedescendant={activeShown && activeId ? `rec-${activeId}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (activeIndex < 0) move(0)
      }}
    >
      <div style={{ height: view.totalSize, position: 'relative' }}>
        {view.rows.map((item) => {
          const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }
          const heading = rows.groupAt(item.index)
          if (heading) {
            return (
              <div key={`g-${heading.key}-${item.index}`} role="option" aria-disabled="true" aria-selected="false" className="register-group" style={style}>
                {t('register.groupHeading', { name: groupLabel(heading.key), count: heading.count })}
              </div>
            )
          }
          const r = table.rowAt(rows.indexAt(item.index))
          if (!r) return null
          const isSelected = selected.has(r.id)
          const isActive = r.id === activeId
          return (
            <div
              key={`${r.id}-${item.index}`}
              // One row may appear under several groups: only the active occurrence carries the id.
              id={isActive && item.index === activeIndex ? `rec-${r.id}` : undefined}
              role="option"
              aria-selected={isSelected}
              className={`register-row${isActive ? ' is-active' : ''}${isSelected ? ' is-selected' : ''}`}
              style={style}
              onClick={(e) => {
                setCursor(item.index)
                if (e.shiftKey || e.ctrlKey || e.metaKey) onToggle(r.id, e.shiftKey)
                else onOpen(r.id)
                onActivate(r.id)
              }}
            >
              {/* A visual checkbox: selection is the option's aria-selected (no control nested in an option). */}
              <span
                className={`checkmark${isSelected ? ' is-checked' : ''}`}
                aria-hidden="true"
                onClick={(e) => {
                  e.stopPropagation()
                  setCursor(item.index)
                  onToggle(r.id, e.shiftKey)
                  onActivate(r.id)
                }}
              >
                {isSelected ? '✓' : ''}
              </span>
              <span className="register-number">{r.number ?? '—'}</span>
              <span className="register-text">
                <span className="register-text-main">{r.text}</span>
                <span className="register-meta">
                  {r.recommendingStates.map(stateName).join(', ') || r.recommendingStatesRaw.join(', ')}
                  {' · '}
                  {stateName(r.stateUnderReview)}
                  {r.session ? words.session(r.session) : ''}
                  {r.madeByUs ? words.madeByUs : ''}
                </span>
              </span>
              <span className={`position position-${r.position}`}>{words.position[r.position]}</span>
              <span className="register-category" title={words.categoryTitle}>
                {words.category[r.actionCategory ?? 0]}
              </span>
            </div>
          )
        })}
      </div>
    </div>
  )
})
