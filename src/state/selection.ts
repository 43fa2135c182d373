import type { StateCreator } from 'zustand'
import type { AppState } from './store'
import { selectVisibleEvents } from './visibleEvents'

export type SelectionSlice = {
  selectedId: string | null
  hoveredId: string | null
  /** Selects an event (or clears with null). Unknown ids clear the selection. */
  selectEvent: (id: string | null) => void
  hoverEvent: (id: string | null) => void
  /** Moves the selection to the previous (-1) or next (+1) visible event in chronological order. */
  stepSelection: (delta: -1 | 1) => void
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedId: null,
  hoveredId: null,
  selectEvent: (id) => {
    const next = id !== null && get().eventsById.has(id) ? id : null
    if (next !== get().selectedId) set({ selectedId: next })
  },
  hoverEvent: (id) => {
    if (id !== get().hoveredId) set({ hoveredId: id })
  },
  stepSelection: (delta) => {
    const state = get()
    const { selectedId } = state
    const events = selectVisibleEvents(state)
    if (events.length === 0) return
    const index = selectedId === null ? -1 : events.findIndex((event) => event.id === selectedId)
    const nextIndex =
      index === -1
        ? delta > 0
          ? 0
          : events.length - 1
        : Math.min(events.length - 1, Math.max(0, index + delta))
    set({ selectedId: events[nextIndex]?.id ?? null })
  },
})
