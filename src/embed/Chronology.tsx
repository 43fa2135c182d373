/**
 * A vertical chronology for narrow embeds (below about 480 px), as TimelineJS does on phones: one event per row with
 * its date, category and whole title (nothing cut to a few letters by a lane-label column), presidencies as thin
 * labelled strips where they begin, and the selection contract of the other views (`data-event-id` on every item,
 * `data-selected="true"` on the selected one). Linked through the store only: selecting here selects on the map,
 * and a selection made elsewhere scrolls its item into view, inside this box (never the host page).
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { formatDateSpan } from '../data/formatDate'
import { isInWindow, lowerBound } from '../data/queries'
import type { EventRecord, Lang, Period } from '../data/types'
import { useMessages, useVisibleEvents } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { CategoryIcon } from '../ui/CategoryIcon'
import './Chronology.css'

/** More rows than this are not drawn here (the list view, virtualized, has them all); a note says so. */
export const MAX_CHRONOLOGY_ITEMS = 400
/** Space kept above and below the selected item when it is scrolled into view. */
const MARGIN_PX = 8

export type ChronologyRow =
  { kind: 'event'; event: EventRecord } | { kind: 'period'; period: Period; key: string }

/**
 * Events in order, with each presidency's strip before the first event on or after its start; presidencies that
 * ended before the first event, or began after the last, are left out. `limit` keeps that many events around
 * `focusIndex`.
 */
export function chronologyRows(
  events: readonly EventRecord[],
  periods: readonly Period[],
  focusIndex = -1,
  limit = MAX_CHRONOLOGY_ITEMS,
): ChronologyRow[] {
  const start =
    events.length <= limit ? 0 : Math.min(Math.max(0, focusIndex - limit / 2), events.length - limit)
  const shown = events.slice(start, start + limit)
  const first = shown[0]
  const last = shown.at(-1)
  if (!first || !last) return []
  const strips = new Map<number, Period[]>()
  for (const period of periods) {
    if (period.when.endMs < first.when.startMs && period.when.end !== undefined) continue
    if (period.when.startMs > last.when.startMs) continue
    const at = Math.max(0, lowerBound(shown, period.when.startMs))
    strips.set(at, [...(strips.get(at) ?? []), period])
  }
  const rows: ChronologyRow[] = []
  shown.forEach((event, index) => {
    for (const period of strips.get(index) ?? []) rows.push({ kind: 'period', period, key: period.id })
    rows.push({ kind: 'event', event })
  })
  return rows
}

function ChronologyComponent() {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const selectedId = useAppState((s) => s.selectedId)
  const categories = useAppState((s) => s.dataset.categories)
  const periods = useAppState((s) => s.dataset.periods)
  const timeWindow = useAppState((s) => s.timeWindow)
  const events = useVisibleEvents()
  const scrollerRef = useRef<HTMLDivElement>(null)
  const text = messages.embedCompact

  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : events.findIndex((event) => event.id === selectedId)),
    [events, selectedId],
  )
  // Recomputed only when the slice could change: not for a selection inside a dataset that fits whole.
  const focus = events.length > MAX_CHRONOLOGY_ITEMS ? selectedIndex : -1
  const rows = useMemo(() => chronologyRows(events, periods, focus), [events, periods, focus])
  const shownCount = Math.min(events.length, MAX_CHRONOLOGY_ITEMS)
  const tabStopId = selectedIndex >= 0 ? selectedId : (events[0]?.id ?? null)
  const selectEvent = useCallback(
    (id: string) => {
      store.getState().selectEvent(id)
    },
    [store],
  )
  const categoryLabel = useMemo(
    () => new Map(categories.map((category) => [category.id, category.label[lang]])),
    [categories, lang],
  )

  /** Scrolls the scroller (only) so the selected item shows with a margin; nothing when hidden. */
  const revealSelected = useCallback(() => {
    const scroller = scrollerRef.current
    const id = store.getState().selectedId
    if (!scroller || id === null || scroller.clientHeight === 0) return
    const item = entryOf(scroller, id)
    if (!item) return
    const box = scroller.getBoundingClientRect()
    const rect = item.getBoundingClientRect()
    if (rect.top < box.top + MARGIN_PX) scroller.scrollTop += rect.top - box.top - MARGIN_PX
    else if (rect.bottom > box.bottom - MARGIN_PX) {
      // A tall item shows from its top.
      const below = rect.bottom - box.bottom + MARGIN_PX
      const above = rect.top - box.top - MARGIN_PX
      scroller.scrollTop += Math.min(below, above)
    }
  }, [store])

  useLayoutEffect(revealSelected, [revealSelected, selectedId, rows])

  // A new time window (the strip above, on a phone) and nothing selected: the chronology opens on the window's first
  // event, as the list does.
  const firstInWindowId = useMemo(
    () => (timeWindow === null ? null : (events.find((event) => isInWindow(event, timeWindow))?.id ?? null)),
    [events, timeWindow],
  )
  useLayoutEffect(
    function scrollToFirstInWindow() {
      const scroller = scrollerRef.current
      if (!scroller || firstInWindowId === null || store.getState().selectedId !== null) return
      const item = entryOf(scroller, firstInWindowId)
      if (!item) return
      scroller.scrollTop +=
        item.getBoundingClientRect().top - scroller.getBoundingClientRect().top - MARGIN_PX
    },
    [firstInWindowId, store],
  )

  useLayoutEffect(
    function revealWhenResizedOrShown() {
      const scroller = scrollerRef.current
      if (!scroller) return
      let lastHeight = scroller.clientHeight
      const observer = new ResizeObserver(() => {
        if (scroller.clientHeight === lastHeight) return
        lastHeight = scroller.clientHeight
        revealSelected()
      })
      observer.observe(scroller)
      return function stopObserving() {
        observer.disconnect()
      }
    },
    [revealSelected],
  )

  function handleKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.chrono-item')]
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    let next: HTMLButtonElement | undefined
    if (event.key === 'ArrowDown') next = items[Math.min(items.length - 1, at + 1)]
    else if (event.key === 'ArrowUp') next = items[Math.max(0, at - 1)]
    else if (event.key === 'Home') next = items[0]
    else if (event.key === 'End') next = items.at(-1)
    else if (event.key === 'Escape') store.getState().selectEvent(null)
    else return
    event.preventDefault()
    next?.focus()
  }

  return (
    <div className="chronology" ref={scrollerRef} data-testid="chronology">
      <p id="chronology-help" className="visually-hidden">
        {text.chronologyHelp}
      </p>
      <ol
        className="chrono-list"
        aria-label={text.chronology}
        aria-describedby="chronology-help"
        onKeyDown={handleKeyDown}
      >
        {rows.map((row) =>
          row.kind === 'period' ? (
            <li
              key={`period-${row.key}`}
              className={`chrono-period period-${row.period.lane === 'era' ? 'era' : row.period.country}`}
            >
              {row.period.lane === 'era'
                ? messages.eras
                : row.period.country === 'MX'
                  ? messages.mexico
                  : messages.unitedStates}
              <span aria-hidden="true"> · </span>
              {row.period.label[lang]}
              <span aria-hidden="true"> · </span>
              <span className="chrono-period-date">{formatDateSpan(row.period.when, lang)}</span>
            </li>
          ) : (
            <ChronologyEntry
              key={row.event.id}
              event={row.event}
              lang={lang}
              categoryLabel={categoryLabel.get(row.event.category) ?? row.event.category}
              isSelected={row.event.id === selectedId}
              isTabStop={row.event.id === tabStopId}
              isOutside={timeWindow !== null && !isInWindow(row.event, timeWindow)}
              outsideLabel={text.outsideWindow}
              onSelect={selectEvent}
            />
          ),
        )}
      </ol>
      {events.length > shownCount ? (
        <p className="chrono-more">{text.chronologyMore(shownCount, events.length)}</p>
      ) : null}
    </div>
  )
}

/** The button of the event `id` in the chronology, if it is drawn. */
function entryOf(scroller: HTMLElement, id: string): HTMLElement | undefined {
  return [...scroller.querySelectorAll<HTMLElement>('button.chrono-item')].find(
    (item) => item.dataset.eventId === id,
  )
}

/**
 * One event: date, category and whole title; outside the time window it is muted and says so in words (not by its
 * shade alone). Memoized: a selection redraws the two entries it changes, not all of them.
 */
const ChronologyEntry = memo(function ChronologyEntry({
  event,
  lang,
  categoryLabel,
  isSelected,
  isTabStop,
  isOutside,
  outsideLabel,
  onSelect,
}: {
  event: EventRecord
  lang: Lang
  categoryLabel: string
  isSelected: boolean
  isTabStop: boolean
  isOutside: boolean
  outsideLabel: string
  onSelect: (id: string) => void
}) {
  return (
    <li className="chrono-entry">
      <button
        type="button"
        className={`chrono-item cat-${event.category}${isOutside ? ' is-outside' : ''}`}
        data-event-id={event.id}
        data-selected={isSelected ? 'true' : undefined}
        aria-current={isSelected ? 'true' : undefined}
        tabIndex={isTabStop ? 0 : -1}
        onClick={() => {
          onSelect(event.id)
        }}
      >
        <span className="chrono-meta">
          <CategoryIcon categoryId={event.category} sizePx={12} />{' '}
          <time dateTime={event.when.start.iso}>{formatDateSpan(event.when, lang)}</time>
          <span aria-hidden="true"> · </span>
          {categoryLabel}
          {isOutside ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="chrono-outside">{outsideLabel}</span>
            </>
          ) : null}
        </span>
        <span className="chrono-title">{event.title[lang]}</span>
      </button>
    </li>
  )
})

/** Memoized: it reads what it needs from the store itself. */
export const Chronology = memo(ChronologyComponent)
