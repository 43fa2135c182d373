import { useMemo } from 'react'
import { countInWindow } from '../data/queries'
import type { EventRecord } from '../data/types'
import { MESSAGES, type Messages } from '../i18n/messages'
import { useAppState, type AppState } from './store'
import type { LaneMode } from './view'
import { selectVisibleEvents } from './visibleEvents'

export function useSelectedEvent(): EventRecord | null {
  const selectedId = useAppState((s) => s.selectedId)
  const byId = useAppState((s) => s.eventsById)
  return selectedId === null ? null : (byId.get(selectedId) ?? null)
}

/** The UI strings of the current language. */
export function useMessages(): Messages {
  return MESSAGES[useAppState((s) => s.lang)]
}

/** The events that pass the filters and the search, in chronological order. */
export function useVisibleEvents(): readonly EventRecord[] {
  return useAppState(selectVisibleEvents)
}

/**
 * How many visible events lie inside the timeline's window (all of them when the window is "everything"). A count,
 * not a Set of their ids: the header, the phone and the present layouts show only the number, and building the Set
 * was about 40 ms of the first render at 100,000 events.
 */
export function useCountInWindow(): number {
  const events = useVisibleEvents()
  const timeWindow = useAppState((s) => s.timeWindow)
  return useMemo(() => countInWindow(events, timeWindow), [events, timeWindow])
}

/** The lanes drawn: the reader's choice, except lanes by group on data without groups (a link may ask), by category. */
export function lanesShown(state: Pick<AppState, 'laneMode' | 'defaultLaneMode'>): LaneMode {
  return state.laneMode === 'group' && state.defaultLaneMode !== 'group' ? 'category' : state.laneMode
}
