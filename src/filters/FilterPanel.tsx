/**
 * Search and filters: free text, category, actor, country, claim status and date range, combinable. Each option
 * shows how many events it would leave given the other filters. The facets open in a popover over the list (never
 * pushing it away) with a "Show N events" action that closes it and fits the map and the timeline to the results;
 * active filters show as removable chips. Everything lives in the store (and so in the URL).
 */
import './filters.css'
import { memo, useId, useMemo, useRef, useState } from 'react'
import { parseCalendarDate, startMsOf } from '../data/calendarDate'
import { facetCounts, FACETS, isFiltering, type Facet } from '../data/matchesFilters'
import type { Lane } from '../data/queries'
import { CLAIM_STATUSES } from '../data/vocabulary'
import type { Messages } from '../i18n/messages'
import { withoutEnclosingQuotes } from '../search/searchIndex'
import { useMessages, useVisibleEvents } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { selectFilterContext } from '../state/visibleEvents'
import { CategoryIcon } from '../ui/CategoryIcon'

const COUNTRY_OPTIONS: readonly Lane[] = ['US', 'MX', 'US-MX', 'other']

function FilterPanelComponent() {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const filters = useAppState((s) => s.filters)
  const dataset = useAppState((s) => s.dataset)
  const context = useAppState(selectFilterContext)
  const visible = useVisibleEvents()
  const searchId = useId()
  const facetsRef = useRef<HTMLDetailsElement>(null)
  const closeFacets = () => {
    const details = facetsRef.current
    if (!details) return
    details.open = false
    details.querySelector('summary')?.focus()
  }

  // Counting every option costs a pass over all events per facet, so it runs only while the filters are open.
  const [isOpen, setIsOpen] = useState(false)
  // The facets are made when the reader first opens them, then kept: not in the first render of every page and embed
  // (nor in the prerendered HTML). Their two date inputs cost Chromium 20–45 ms of locale set-up on first use: 47 ms of
  // the list embed's first render, profiled. A click on the summary makes them before the browser opens it (React
  // renders a click's update before the next paint); `toggle` covers an opening by script.
  const [facetsMade, setFacetsMade] = useState(false)
  const counts = useMemo(
    () =>
      Object.fromEntries(
        FACETS.map((facet) => [
          facet,
          isOpen ? facetCounts(dataset.events, filters, context, facet) : new Map(),
        ]),
      ) as Record<Facet, Map<string, number>>,
    [dataset.events, filters, context, isOpen],
  )
  const activeCount =
    FACETS.reduce((sum, facet) => sum + filters[facet].length, 0) +
    (filters.fromMs !== null ? 1 : 0) +
    (filters.toMs !== null ? 1 : 0)

  const options: Record<Facet, { value: string; label: string; icon?: string }[]> = {
    categories: dataset.categories.map((category) => ({
      value: category.id,
      label: category.label[lang],
      icon: category.id,
    })),
    countries: COUNTRY_OPTIONS.map((lane) => ({ value: lane, label: countryLabel(lane, messages) })),
    statuses: CLAIM_STATUSES.map((status) => ({ value: status, label: messages.status[status] })),
    actors: dataset.actors
      .filter((actor) => (counts.actors.get(actor.id) ?? 0) > 0 || filters.actors.includes(actor.id))
      .sort(
        (a, b) =>
          (counts.actors.get(b.id) ?? 0) - (counts.actors.get(a.id) ?? 0) ||
          a.name[lang].localeCompare(b.name[lang], lang),
      )
      .map((actor) => ({ value: actor.id, label: actor.name[lang] })),
  }

  return (
    <section className="filter-panel" aria-label={messages.filtersTitle}>
      <div className="search-row">
        <label htmlFor={searchId}>{messages.search}</label>
        <input
          id={searchId}
          type="search"
          value={filters.text}
          maxLength={100}
          placeholder={messages.searchPlaceholder}
          // The reader is heading for the search: build its index in slices now, not all at the first key.
          onPointerEnter={context.prepareSearch}
          onFocus={context.prepareSearch}
          onChange={(change) => {
            store.getState().setSearchText(change.target.value)
          }}
        />
      </div>
      <details
        ref={facetsRef}
        className="facets"
        onToggle={(toggle) => {
          setIsOpen(toggle.currentTarget.open)
          if (toggle.currentTarget.open) setFacetsMade(true)
        }}
        onKeyDown={(key) => {
          if (key.key !== 'Escape' || !key.currentTarget.open) return
          key.preventDefault()
          key.stopPropagation()
          closeFacets()
        }}
      >
        <summary
          onClick={() => {
            setFacetsMade(true)
          }}
        >
          {messages.filtersTitle}
          {activeCount > 0 ? ` (${activeCount})` : ''}
        </summary>
        {facetsMade ? (
          <div className="facets-popover">
            {FACETS.map((facet) => (
              <fieldset key={facet} className={`facet facet-${facet}`}>
                <legend>{messages.facet[facet]}</legend>
                <ul>
                  {options[facet].map((option) => {
                    const isChecked = (filters[facet] as readonly string[]).includes(option.value)
                    const count = counts[facet].get(option.value) ?? 0
                    return (
                      <li key={option.value}>
                        <label className={count === 0 && !isChecked ? 'is-empty' : undefined}>
                          <input
                            type="checkbox"
                            checked={isChecked}
                            onChange={() => {
                              store.getState().toggleFilter(facet, option.value)
                            }}
                          />{' '}
                          {option.icon ? <CategoryIcon categoryId={option.icon} /> : null} {option.label}{' '}
                          <span className="facet-count">({count})</span>
                        </label>
                      </li>
                    )
                  })}
                </ul>
              </fieldset>
            ))}
            <fieldset className="facet facet-dates">
              <legend>{messages.dateRange}</legend>
              <DayInput
                label={messages.dateFrom}
                ms={filters.fromMs}
                onDay={(ms) => {
                  store.getState().setDateRange(ms, filters.toMs)
                }}
              />{' '}
              <DayInput
                label={messages.dateTo}
                ms={filters.toMs}
                onDay={(ms) => {
                  store.getState().setDateRange(filters.fromMs, ms)
                }}
              />
            </fieldset>
            <p className="facets-actions">
              <button
                type="button"
                className="show-results"
                onClick={() => {
                  closeFacets()
                  store.getState().fitToResults()
                }}
              >
                {messages.mapSearch.showEvents(visible.length)}
              </button>
            </p>
          </div>
        ) : null}
      </details>
      <FilterChips />
      <p className="filter-status">
        <span aria-live="polite" data-testid="visible-count">
          {messages.visibleCount(visible.length, dataset.events.length)}
        </span>{' '}
        {isFiltering(filters) ? (
          <button
            type="button"
            onClick={() => {
              store.getState().clearFilters()
            }}
          >
            {messages.clearFilters}
          </button>
        ) : null}
      </p>
    </section>
  )
}

/** Memoized: it reads what it needs from the store itself, so a parent's re-render (a selection) skips it. */
export const FilterPanel = memo(FilterPanelComponent)

/**
 * Each active filter as a chip that removes it; nothing when none is active. Also above a phone's map and timeline
 * (PhoneLayout), where the list and its search box are a tab away, so that a link's filters are never in force unseen.
 */
export function FilterChips({ className }: { className?: string }) {
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  const filters = useAppState((s) => s.filters)
  const dataset = useAppState((s) => s.dataset)
  const chips: { key: string; label: string; remove: () => void }[] = []
  const state = () => store.getState()
  const text = filters.text.trim()
  if (text)
    chips.push({
      key: 'q',
      label: messages.mapSearch.searchChip(withoutEnclosingQuotes(text)),
      remove: () => {
        state().setSearchText('')
      },
    })
  const labels: Record<Facet, (value: string) => string> = {
    categories: (value) => dataset.categories.find((c) => c.id === value)?.label[lang] ?? value,
    actors: (value) => dataset.actors.find((a) => a.id === value)?.name[lang] ?? value,
    countries: (value) => countryLabel(value as Lane, messages),
    statuses: (value) => messages.status[value as (typeof CLAIM_STATUSES)[number]],
  }
  for (const facet of FACETS)
    for (const value of filters[facet] as readonly string[])
      chips.push({
        key: `${facet}:${value}`,
        label: `${messages.facet[facet]}: ${labels[facet](value)}`,
        remove: () => {
          state().toggleFilter(facet, value)
        },
      })
  if (filters.fromMs !== null)
    chips.push({
      key: 'since',
      label: messages.mapSearch.fromChip(isoDay(filters.fromMs)),
      remove: () => {
        state().setDateRange(null, state().filters.toMs)
      },
    })
  if (filters.toMs !== null)
    chips.push({
      key: 'until',
      label: messages.mapSearch.toChip(isoDay(filters.toMs)),
      remove: () => {
        state().setDateRange(state().filters.fromMs, null)
      },
    })
  if (chips.length === 0) return null
  return (
    <ul
      className={className ? `filter-chips ${className}` : 'filter-chips'}
      aria-label={messages.mapSearch.activeFilters}
    >
      {chips.map((chip) => (
        <li key={chip.key}>
          <button
            type="button"
            aria-label={messages.mapSearch.removeFilter(chip.label)}
            onClick={chip.remove}
          >
            <span>{chip.label}</span>
            <span aria-hidden="true" className="chip-x">
              ×
            </span>
          </button>
        </li>
      ))}
    </ul>
  )
}

function countryLabel(lane: Lane, messages: Messages): string {
  return lane === 'US'
    ? messages.unitedStates
    : lane === 'MX'
      ? messages.mexico
      : lane === 'US-MX'
        ? messages.bothCountries
        : messages.other
}

/** A labelled day picker for one end of the date range (empty: no limit). */
function DayInput({
  label,
  ms,
  onDay,
}: {
  label: string
  ms: number | null
  onDay: (ms: number | null) => void
}) {
  return (
    <label>
      {label}{' '}
      <input
        type="date"
        min="1900-01-01"
        max="2100-12-31"
        value={ms === null ? '' : isoDay(ms)}
        onChange={(change) => {
          onDay(dayMs(change.target.value))
        }}
      />
    </label>
  )
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function dayMs(value: string): number | null {
  const date = value === '' ? null : parseCalendarDate(value)
  return date ? startMsOf(date) : null
}
