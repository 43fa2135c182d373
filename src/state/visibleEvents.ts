import { makeFilterContext, matchesFilters, isFiltering, type FilterContext } from '../data/matchesFilters'
import { lowerBound } from '../data/queries'
import type { EventRecord } from '../data/types'
import { selectCutoffMs, type CutoffState } from './presentation'
import type { AppState } from './store'

type Memo = {
  lang: string
  filters: AppState['filters']
  context: FilterContext
  visible: readonly EventRecord[]
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

export function selectFilterContext(state: Pick<AppState, 'dataset' | 'filters' | 'lang'>): FilterContext {
  return memoFor(state).context
}

function memoFor(state: Pick<AppState, 'dataset' | 'filters' | 'lang'>): Memo {
  const { events, actors } = state.dataset
  const memo = memos.get(events)
  if (memo && memo.lang === state.lang && memo.filters === state.filters) return memo
  const context = memo && memo.lang === state.lang ? memo.context : makeFilterContext(actors, state.lang)
  const visible = isFiltering(state.filters)
    ? events.filter((event) => matchesFilters(event, state.filters, context))
    : events
  const next = { lang: state.lang, filters: state.filters, context, visible }
  memos.set(events, next)
  return next
}
