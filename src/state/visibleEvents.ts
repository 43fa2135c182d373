import { makeFilterContext, matchesFilters, isFiltering, type FilterContext } from '../data/matchesFilters'
import { lowerBound } from '../data/queries'
import { search } from '../search/searchIndex'
import type { EventRecord } from '../data/types'
import { selectCutoffMs, type CutoffState } from './presentation'
import type { AppState } from './store'

type Memo = {
  lang: string
  filters: AppState['filters']
  context: FilterContext
  visible: readonly EventRecord[]
  /** While searching: the same events ranked for the reader (search.ts); null otherwise. */
  ranked: readonly EventRecord[] | null
}
const memos = new WeakMap<readonly EventRecord[], Memo>()

/** Cut lists per filtered list, keyed by how many events pass the cutoff (not the cutoff itself). */
const cutMemos = new WeakMap<readonly EventRecord[], { count: number; visible: readonly EventRecord[] }>()

/**
 * The events that pass the filters, in chronological order: what the map, the timeline and the list show.
 * While playback or "hide later events" is on, events starting after the playhead or the story step are left out
 * (selectCutoffMs). Memoized per dataset, filters and cutoff, so the views and the store's keyboard stepping share
 * one result; the result only changes when the playhead passes an event, not on every tick.
 */
export function selectVisibleEvents(
  state: Pick<AppState, 'dataset' | 'filters' | 'lang'> & CutoffState,
): readonly EventRecord[] {
  const filtered = memoFor(state).visible
  const cutoffMs = selectCutoffMs(state)
  if (cutoffMs === null) return filtered
  // Events are sorted by start, so those starting by the cutoff are a prefix.
  const count = lowerBound(filtered, Math.floor(cutoffMs) + 1)
  if (count === filtered.length) return filtered
  const memo = cutMemos.get(filtered)
  if (memo && memo.count === count) return memo.visible
  const visible = filtered.slice(0, count)
  cutMemos.set(filtered, { count, visible })
  return visible
}

/** The events that pass the filters, ignoring playback and "hide later events" (what the playhead moves through). */
export function selectFilteredEvents(
  state: Pick<AppState, 'dataset' | 'filters' | 'lang'>,
): readonly EventRecord[] {
  return memoFor(state).visible
}

/** While a search is on: the visible events ranked for the reader (their language first); null otherwise. */
export function selectRankedEvents(
  state: Pick<AppState, 'dataset' | 'filters' | 'lang'>,
): readonly EventRecord[] | null {
  return memoFor(state).ranked
}

export function selectFilterContext(state: Pick<AppState, 'dataset' | 'filters' | 'lang'>): FilterContext {
  return memoFor(state).context
}

function memoFor(state: Pick<AppState, 'dataset' | 'filters' | 'lang'>): Memo {
  const { events, actors } = state.dataset
  const memo = memos.get(events)
  if (memo && memo.lang === state.lang && memo.filters === state.filters) return memo
  const context =
    memo && memo.lang === state.lang ? memo.context : makeFilterContext(events, actors, state.lang)
  const { filters } = state
  let visible: readonly EventRecord[] = events
  let ranked: readonly EventRecord[] | null = null
  if (isFiltering(filters)) {
    // The search answers first (it narrows while the reader types); the other filters then check only its hits.
    const hits = search(context.searchIndex(), filters.text, state.lang)
    const rest = { ...filters, text: '' }
    const keep = (event: EventRecord) => matchesFilters(event, rest, context)
    if (hits) {
      const onlyText = !isFiltering(rest)
      visible = onlyText ? hits.chronological : hits.chronological.filter(keep)
      ranked = onlyText ? hits.ranked : hits.ranked.filter(keep)
    } else visible = events.filter(keep)
  }
  const next = { lang: state.lang, filters, context, visible, ranked }
  memos.set(events, next)
  return next
}
