import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { RegisterRows } from '../../domain/register-view'
import { stateByIso3 } from '../../domain/states'

interface Props {
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
 * The register list: virtualised (only the visible rows exist in the page, so 100,000 records scroll
 * smoothly), a listbox with keyboard control: arrows, Home/End, Page Up/Down, Space to select, Shift to
 * extend, Ctrl+A to select all, Enter to open the detail.
 */
export function RecommendationList({ rows, activeId, selected, groupLabel, onActivate, onToggle, onSelectAll, onOpen }: Props) {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: rows.grouped ? (i) => (rows.at(i)?.type === 'group' ? GROUP_HEIGHT : ROW_HEIGHT) : () => ROW_HEIGHT,
    overscan: 8
  })
  const activeIndex = activeId === null ? -1 : rows.indexOfRecord(activeId)

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtualizer])

  function move(to: number, extend = false) {
    const step = to >= activeIndex ? 1 : -1
    for (let i = Math.max(0, Math.min(rows.length - 1, to)); i >= 0 && i < rows.length; i += step) {
      const row = rows.at(i)
      if (row?.type === 'item') {
        onActivate(row.record.id)
        if (extend) onToggle(row.record.id, true)
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

  const activeRow = activeIndex >= 0 ? rows.at(activeIndex) : undefined
  return (
    <div
      ref={scrollRef}
      className="register-list"
      role="listbox"
      aria-label={t('register.listLabel')}
      aria-multiselectable="true"
      aria-activedescendant={activeRow?.type === 'item' ? `rec-${activeRow.record.id}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (activeIndex < 0) move(0)
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows.at(item.index)!
          const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }
          if (row.type === 'group') {
            return (
              <div key={`g-${row.key}-${item.index}`} role="option" aria-disabled="true" aria-selected="false" className="register-group" style={style}>
                {t('register.groupHeading', { name: groupLabel(row.key), count: row.count })}
              </div>
            )
          }
          const r = row.record
          const isSelected = selected.has(r.id)
          return (
            <div
              key={`${r.id}-${item.index}`}
              id={`rec-${r.id}`}
              role="option"
              aria-selected={isSelected}
              className={`register-row${r.id === activeId ? ' is-active' : ''}${isSelected ? ' is-selected' : ''}`}
              style={style}
              onClick={(e) => {
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
                  {r.recommendingStates.map((s) => stateByIso3(s)?.name ?? s).join(', ') || r.recommendingStatesRaw.join(', ')}
                  {' · '}
                  {stateByIso3(r.stateUnderReview)?.name ?? r.stateUnderReview}
                  {r.session ? ` · ${t('register.sessionShort', { session: r.session })}` : ''}
                  {r.madeByUs ? ` · ${t('register.madeByUs')}` : ''}
                </span>
              </span>
              <span className={`position position-${r.position}`}>{t(`positions.${r.position}`)}</span>
              <span className="register-category" title={t('register.actionCategory')}>
                {r.actionCategory ? t('register.categoryShort', { n: r.actionCategory }) : ''}
              </span>
            </div>
          )
        })}
      </div>
    </div>
  )
}
