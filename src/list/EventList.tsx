/**
 * The event list: a first-class, chronological view and the accessible way through everything. Virtualized with a
 * fixed row height, so 100,000 rows render no more DOM than a screenful. A listbox: arrow keys move the selection,
 * Enter opens the details, Escape clears.
 */
import { type KeyboardEvent, memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { formatDateSpan } from '../data/formatDate'
import { placeNames } from '../data/localize'
import type { EventRecord } from '../data/types'
import { useIdsInWindow, useMessages, useVisibleEvents } from '../state/selectors'
import { Highlighted } from '../ui/Highlighted'
import { useAppState, useAppStore } from '../state/store'
import { CategoryIcon } from '../ui/CategoryIcon'

const ROW_HEIGHT_REM = 4.5
const OVERSCAN_ROWS = 8

function EventListComponent({ onOpenDetail }: { onOpenDetail: () => void }) {
  const store = useAppStore()
  const events = useVisibleEvents()
  const searchText = useAppState((s) => s.filters.text)
  const selectedId = useAppState((s) => s.selectedId)
  const hoveredId = useAppState((s) => s.hoveredId)
  const lang = useAppState((s) => s.lang)
  const inWindow = useIdsInWindow()
  const messages = useMessages()
  const scrollerRef = useRef<HTMLDivElement>(null)
  const [viewport, setViewport] = useState({ scrollTop: 0, heightPx: 600, rowPx: 72 })

  // The last measured viewport, kept outside React's render cycle too, so that scrolling to the selection reads no
  // layout: reading scrollTop or clientHeight right after a selection would force a layout of the whole page, which
  // the map and the timeline have just changed for the same selection. onScroll and a ResizeObserver keep it current.
  const viewportRef = useRef(viewport)
  const selectedIndexRef = useRef(-1)

  const revealRow = useCallback((index: number) => {
    const scroller = scrollerRef.current
    const { scrollTop, heightPx, rowPx } = viewportRef.current
    if (!scroller || index < 0 || heightPx === 0) return // hidden (a phone showing another view): on show
    const top = index * rowPx
    let target: number | null = null
    if (top < scrollTop) target = top
    else if (top + rowPx > scrollTop + heightPx) target = top + rowPx - heightPx
    if (target === null) return
    scroller.scrollTop = target
    viewportRef.current = { ...viewportRef.current, scrollTop: target }
    setViewport(viewportRef.current)
  }, [])

  const measure = useCallback(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    const before = viewportRef.current
    const remPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
    viewportRef.current = {
      scrollTop: scroller.scrollTop,
      heightPx: scroller.clientHeight,
      rowPx: remPx * ROW_HEIGHT_REM,
    }
    setViewport(viewportRef.current)
    // Resized, shown again (a phone's view tabs) or rows of a new height (presentation mode's larger type): keep the
    // selected row in view. (A scroll by the reader changes neither, so it is never undone.)
    if (before.heightPx !== viewportRef.current.heightPx || before.rowPx !== viewportRef.current.rowPx)
      revealRow(selectedIndexRef.current)
  }, [revealRow])

  useLayoutEffect(
    function observeSize() {
      measure()
      const scroller = scrollerRef.current
      if (!scroller) return
      const observer = new ResizeObserver(measure)
      observer.observe(scroller)
      return function stopObserving() {
        observer.disconnect()
      }
    },
    [measure],
  )

  const selectedIndex = selectedId === null ? -1 : events.findIndex((event) => event.id === selectedId)

  useEffect(
    function scrollSelectionIntoView() {
      selectedIndexRef.current = selectedIndex
      revealRow(selectedIndex)
    },
    [selectedIndex, revealRow],
  )

  const first = Math.max(0, Math.floor(viewport.scrollTop / viewport.rowPx) - OVERSCAN_ROWS)
  const last = Math.min(
    events.length,
    Math.ceil((viewport.scrollTop + viewport.heightPx) / viewport.rowPx) + OVERSCAN_ROWS,
  )
  const rows = events.slice(first, last)

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const state = store.getState()
    const pageRows = Math.max(1, Math.floor(viewport.heightPx / viewport.rowPx) - 1)
    const jumpTo = (index: number) => {
      const target = events[Math.min(events.length - 1, Math.max(0, index))]
      if (target) state.selectEvent(target.id)
    }
    switch (event.key) {
      case 'ArrowDown':
        state.stepSelection(1)
        break
      case 'ArrowUp':
        state.stepSelection(-1)
        break
      case 'PageDown':
      case 'PageUp':
        // During a story, PageUp/PageDown belong to the story (presentation clickers send them).
        if (state.storyId !== null) return
        jumpTo(selectedIndex + (event.key === 'PageDown' ? pageRows : -pageRows))
        break
      case 'Home':
        jumpTo(0)
        break
      case 'End':
        jumpTo(events.length - 1)
        break
      case 'Enter':
        if (state.selectedId !== null) onOpenDetail()
        break
      case 'Escape':
        state.selectEvent(null)
        break
      default:
        return
    }
    event.preventDefault()
  }

  return (
    <div
      ref={scrollerRef}
      className="event-list"
      role="listbox"
      tabIndex={0}
      aria-label={messages.eventList}
      aria-describedby="event-list-help"
      aria-activedescendant={
        selectedId !== null && selectedIndex >= first && selectedIndex < last
          ? rowDomId(selectedId)
          : undefined
      }
      onScroll={measure}
      onKeyDown={handleKeyDown}
      style={{ ['--row-height' as string]: `${ROW_HEIGHT_REM}rem` }}
    >
      <p id="event-list-help" className="visually-hidden">
        {messages.listHelp}
      </p>
      <div className="event-list-spacer" style={{ height: `${events.length * viewport.rowPx}px` }}>
        {rows.map((event, offset) => (
          <EventRow
            key={event.id}
            event={event}
            index={first + offset}
            total={events.length}
            topPx={(first + offset) * viewport.rowPx}
            isSelected={event.id === selectedId}
            isHovered={event.id === hoveredId}
            isDimmed={!inWindow.has(event.id)}
            date={formatDateSpan(event.when, lang)}
            title={event.title[lang]}
            searchText={searchText}
            place={placeNames(event.places, lang)}
            onSelect={() => {
              store.getState().selectEvent(event.id)
            }}
            onHover={(hovering) => {
              store.getState().hoverEvent(hovering ? event.id : null)
            }}
          />
        ))}
      </div>
    </div>
  )
}

/** Memoized: it reads what it needs from the store itself, so a parent's re-render (a selection) skips it. */
export const EventList = memo(EventListComponent)

export function rowDomId(id: string): string {
  return `event-row-${id}`
}

type RowProps = {
  event: EventRecord
  index: number
  total: number
  topPx: number
  isSelected: boolean
  isHovered: boolean
  isDimmed: boolean
  date: string
  title: string
  searchText: string
  place: string
  onSelect: () => void
  onHover: (hovering: boolean) => void
}

function EventRow({
  event,
  index,
  total,
  topPx,
  isSelected,
  isHovered,
  isDimmed,
  date,
  title,
  searchText,
  place,
  onSelect,
  onHover,
}: RowProps) {
  return (
    <div
      id={rowDomId(event.id)}
      className={`event-row${isHovered ? ' is-hovered' : ''}${isDimmed ? ' is-dimmed' : ''}`}
      role="option"
      aria-selected={isSelected}
      aria-posinset={index + 1}
      aria-setsize={total}
      data-event-id={event.id}
      data-selected={isSelected ? 'true' : undefined}
      style={{ transform: `translateY(${topPx}px)` }}
      onClick={onSelect}
      onMouseEnter={() => {
        onHover(true)
      }}
      onMouseLeave={() => {
        onHover(false)
      }}
    >
      <CategoryIcon categoryId={event.category} />
      <span className="event-row-text">
        <span className="event-row-title">
          <Highlighted text={title} query={searchText} />
        </span>
        <span className="event-row-meta">
          <time dateTime={event.when.start.iso}>{date}</time>
          <span aria-hidden="true"> · </span>
          <span className="event-row-place">
            <Highlighted text={place} query={searchText} />
          </span>
        </span>
      </span>
    </div>
  )
}
