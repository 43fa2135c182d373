/**
 * The event list: a first-class, chronological view and the accessible way through everything. Virtualized with a
 * fixed row height, so 100,000 rows render no more DOM than a screenful. A listbox: arrow keys move the selection,
 * Enter opens the details, Escape clears. Events outside the timeline's window are gathered into two collapsed
 * groups (listRows.ts); while searching, hits are ranked (reader's language first), each with a one-line snippet of
 * the field that matched, and an empty result says so and offers a way out.
 */
import './list.css'
import {
  type KeyboardEvent,
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { formatDateSpan } from '../data/formatDate'
import { placeNames } from '../data/localize'
import type { EventRecord, Lang } from '../data/types'
import { isFiltering } from '../data/matchesFilters'
import {
  queryWords,
  snippetFor,
  suggestionFor,
  withoutEnclosingQuotes,
  type Snippet,
} from '../search/searchIndex'
import { useMessages, useVisibleEvents } from '../state/selectors'
import { Highlighted } from '../ui/Highlighted'
import { useAppState, useAppStore } from '../state/store'
import { selectFilterContext, selectRankedEvents } from '../state/visibleEvents'
import { CategoryIcon } from '../ui/CategoryIcon'
import { usePrerendered } from '../ui/prerendered'
import { modelOf, openGroups, partitionByWindow } from './listRows'

/** The rows' height, also in theme.css (`.event-list` and `.event-list.is-searching`, --row-height). */
const ROW_HEIGHT_REM = 4.5
/** While searching, rows have a third line: the snippet of the field that matched. */
const SEARCH_ROW_HEIGHT_REM = 5.75
const OVERSCAN_ROWS = 8
/**
 * Until the list has measured itself, a small dataset renders every row, in the page's own flow and with no style
 * attribute: that is the chronology prerendered into index.html (src/app/prerender.tsx), readable before any script
 * runs, and the first render that hydrates it (a style attribute would break the strict CSP's style-src 'self').
 * Once measured, the rows are placed (absolutely, one screenful) as usual; the first rows keep their nodes. A list
 * drawn afresh (an embed, a phone, a link's state: ui/prerendered.ts) places its rows from its first render, on the
 * window's height until it has measured itself (before the first paint): the list embed's first render made and
 * then dropped about a hundred rows it never showed.
 */
const ROWS_BEFORE_PLACED = 400

function EventListComponent({ onOpenDetail }: { onOpenDetail: () => void }) {
  const store = useAppStore()
  const visible = useVisibleEvents()
  const rankedAll = useAppState(selectRankedEvents)
  const filters = useAppState((s) => s.filters)
  const searchText = filters.text
  const isSearching = queryWords(searchText).length > 0
  const selectedId = useAppState((s) => s.selectedId)
  const hoveredId = useAppState((s) => s.hoveredId)
  const lang = useAppState((s) => s.lang)
  const timeWindow = useAppState((s) => s.timeWindow)
  const actors = useAppState((s) => s.dataset.actors)
  const messages = useMessages()
  const [open, setOpen] = useState({ earlier: false, later: false })
  const ordered = useMemo(() => {
    if (!rankedAll) return visible
    if (rankedAll.length === visible.length) return rankedAll
    // Playback or "hide later events" cut the visible events: keep the ranking of those left.
    const kept = new Set(visible)
    return rankedAll.filter((event) => kept.has(event))
  }, [rankedAll, visible])
  // The partition and its rows once per window and order; a selection changes the model (and the rows) only when it
  // opens a group (at 10,000 events remaking them took about 5 ms of every selection's render).
  const partition = useMemo(
    () => partitionByWindow(ordered, timeWindow, rankedAll !== null),
    [ordered, timeWindow, rankedAll],
  )
  const shownGroups = useMemo(() => openGroups(partition, open, selectedId), [partition, open, selectedId])
  const model = useMemo(
    () => modelOf(partition, shownGroups.earlier, shownGroups.later),
    [partition, shownGroups.earlier, shownGroups.later],
  )
  const events = useMemo(() => model.rows.map((row) => row.event), [model])
  const actorNames = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.name])), [actors])
  const rowHeightRem = isSearching ? SEARCH_ROW_HEIGHT_REM : ROW_HEIGHT_REM
  const scrollerRef = useRef<HTMLDivElement>(null)
  // `placed`: the list places its rows (see ROWS_BEFORE_PLACED): from the first render, or once it has measured itself
  // where that render must match the prerendered page.
  const prerendered = usePrerendered()
  const [viewport, setViewport] = useState(() => ({
    scrollTop: 0,
    heightPx: prerendered || typeof window === 'undefined' ? 600 : window.innerHeight,
    rowPx: 16 * rowHeightRem,
    measured: false,
  }))
  const placed = viewport.measured || !prerendered

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
      rowPx: remPx * rowHeightRem,
      measured: true,
    }
    setViewport(viewportRef.current)
    // Resized, shown again (a phone's view tabs) or rows of a new height (presentation mode's larger type): keep the
    // selected row in view. (A scroll by the reader changes neither, so it is never undone.)
    if (before.heightPx !== viewportRef.current.heightPx || before.rowPx !== viewportRef.current.rowPx)
      revealRow(selectedIndexRef.current)
  }, [revealRow, rowHeightRem])

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

  // A new window (or new results) and nothing selected: open the list on the first event inside the window.
  const firstInWindowId = events[model.firstInWindow]?.id ?? null
  useEffect(
    function scrollToFirstInWindow() {
      const scroller = scrollerRef.current
      if (!scroller || selectedIndexRef.current !== -1 || firstInWindowId === null) return
      const target = model.firstInWindow * viewportRef.current.rowPx
      if (scroller.scrollTop === target) return
      scroller.scrollTop = target
      viewportRef.current = { ...viewportRef.current, scrollTop: target }
      setViewport(viewportRef.current)
    },
    // model.firstInWindow follows firstInWindowId; the id is what says "the window's first event changed".
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [firstInWindowId],
  )

  const everyRow = !placed && events.length <= ROWS_BEFORE_PLACED
  const first = everyRow ? 0 : Math.max(0, Math.floor(viewport.scrollTop / viewport.rowPx) - OVERSCAN_ROWS)
  const last = everyRow
    ? events.length
    : Math.min(
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
      // The list's own order (ranked while searching, groups collapsed), not the timeline's.
      case 'ArrowDown':
        jumpTo(selectedIndex === -1 ? 0 : selectedIndex + 1)
        break
      case 'ArrowUp':
        jumpTo(selectedIndex === -1 ? events.length - 1 : selectedIndex - 1)
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

  const groupToggle = (group: 'earlier' | 'later') => {
    const { count, isOpen } = model[group]
    if (count === 0) return null
    const label =
      group === 'earlier'
        ? messages.mapSearch.outsideEarlier(count)
        : rankedAll
          ? messages.mapSearch.outsideMatches(count)
          : messages.mapSearch.outsideLater(count)
    return (
      <p className={`list-outside list-outside-${group}`}>
        <span>{label}</span>{' '}
        <button
          type="button"
          aria-expanded={isOpen}
          aria-label={`${isOpen ? messages.mapSearch.hideGroup : messages.mapSearch.showGroup}: ${label}`}
          onClick={() => {
            setOpen((current) => ({ ...current, [group]: !isOpen }))
          }}
        >
          {isOpen ? messages.mapSearch.hideGroup : messages.mapSearch.showGroup}
        </button>
      </p>
    )
  }

  return (
    <>
      {visible.length === 0 ? <EmptyResult /> : null}
      {groupToggle('earlier')}
      <div
        ref={scrollerRef}
        className={`event-list${placed ? ' is-placed' : ''}${isSearching ? ' is-searching' : ''}`}
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
      >
        <p id="event-list-help" className="visually-hidden">
          {messages.listHelp}
        </p>
        <div
          className="event-list-spacer"
          style={placed ? { height: `${events.length * viewport.rowPx}px` } : undefined}
        >
          {rows.map((event, offset) => (
            <EventRow
              key={event.id}
              event={event}
              index={first + offset}
              total={events.length}
              topPx={placed ? (first + offset) * viewport.rowPx : null}
              isSelected={event.id === selectedId}
              isHovered={event.id === hoveredId}
              isDimmed={model.rows[first + offset]?.isDimmed ?? false}
              date={formatDateSpan(event.when, lang)}
              title={event.title[lang]}
              searchText={searchText}
              snippet={isSearching ? snippetFor(event, searchText, lang, actorNames) : null}
              lang={lang}
              place={event.places.length > 0 ? placeNames(event.places, lang) : messages.imported.notOnMap}
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
      {groupToggle('later')}
    </>
  )
}

/** An empty result: what found nothing, how to undo it, and a query that finds something. */
function EmptyResult() {
  const store = useAppStore()
  const messages = useMessages()
  const filters = useAppState((s) => s.filters)
  const context = useAppState(selectFilterContext)
  const hasEvents = useAppState((s) => s.dataset.events.length > 0)
  const query = filters.text.trim()
  const suggestion = useMemo(
    () => (queryWords(query).length > 0 ? suggestionFor(context.searchIndex(), query) : null),
    [context, query],
  )
  if (!hasEvents) return null
  const otherFilters = isFiltering({ ...filters, text: '' })
  return (
    <div className="list-empty" role="status">
      <p>{messages.mapSearch.noResults(withoutEnclosingQuotes(query))}</p>
      <p className="list-empty-actions">
        {query ? (
          <button
            type="button"
            onClick={() => {
              store.getState().setSearchText('')
            }}
          >
            {messages.mapSearch.clearSearch}
          </button>
        ) : null}
        {otherFilters ? (
          <button
            type="button"
            onClick={() => {
              store.getState().clearFilters()
            }}
          >
            {messages.clearFilters}
          </button>
        ) : null}
        {suggestion ? (
          <button
            type="button"
            onClick={() => {
              store.getState().setSearchText(suggestion.query)
            }}
          >
            {messages.mapSearch.trySuggestion(suggestion.query, suggestion.count)}
          </button>
        ) : null}
      </p>
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
  /** null until the list is placed: the row is in the page's flow. */
  topPx: number | null
  isSelected: boolean
  isHovered: boolean
  isDimmed: boolean
  date: string
  title: string
  searchText: string
  snippet: Snippet | null
  lang: Lang
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
  snippet,
  lang,
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
      style={topPx === null ? undefined : { transform: `translateY(${topPx}px)` }}
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
          {event.when.undated ? <span>{date}</span> : <time dateTime={event.when.start.iso}>{date}</time>}
          <span aria-hidden="true"> · </span>
          <span className="event-row-place">
            <Highlighted text={place} query={searchText} />
          </span>
        </span>
        {snippet ? <SnippetLine snippet={snippet} query={searchText} lang={lang} /> : null}
      </span>
    </div>
  )
}

/** Why a hit matched: the field (and its language, when not the reader's), and one line of it. */
function SnippetLine({ snippet, query, lang }: { snippet: Snippet; query: string; lang: Lang }) {
  const messages = useMessages()
  const field = messages.mapSearch.matchedIn[snippet.field]
  const label = snippet.lang ? `${field} (${messages.mapSearch.langName[snippet.lang]})` : field
  return (
    <span className="event-row-snippet">
      <span className="event-row-snippet-field">{label}:</span>{' '}
      <span
        className="event-row-snippet-text"
        lang={snippet.lang ?? (snippet.field === 'sources' || snippet.field === 'tags' ? undefined : lang)}
      >
        <Highlighted text={snippet.text} query={query} />
      </span>
    </span>
  )
}
