import { makeFilterContext, matchesFilters, isFiltering, type FilterContext } from '../data/matchesFilters'
import type { EventRecord } from '../data/types'
import type { AppState } from './store'

type Memo = {
  lang: string
  filters: AppState['filters']
  context: FilterContext
  visible: readonly EventRecord[]
}
const memos = new WeakMap<readonly EventRecord[], Memo>()

/**
 * The events that pass the filters, in chronological order: what the map, the timeline and the list show.
 * Memoized per dataset, so the views and the store's keyboard stepping share one result.
 */
export function selectVisibleEvents(
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
