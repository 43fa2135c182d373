import type { StateCreator } from 'zustand'
import { NO_FILTERS, type Facet, type Filters } from '../data/matchesFilters'
import type { AppState } from './store'
import { selectFilteredEvents } from './visibleEvents'

export type FiltersSlice = {
  filters: Filters
  /** Adds the option to the facet, or removes it when it is already chosen. */
  toggleFilter: (facet: Facet, value: string) => void
  setSearchText: (text: string) => void
  setDateRange: (fromMs: number | null, toMs: number | null) => void
  setFilters: (filters: Filters) => void
  clearFilters: () => void
  /** Incremented by fitToResults(); the map fits the results' places when it changes. */
  fitResultsCount: number
  /** Fits the map and the timeline to the events that pass the filters ("Zoom to results"). */
  fitToResults: () => void
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set, get) => ({
  filters: NO_FILTERS,
  fitResultsCount: 0,
  fitToResults: () => {
    const events = selectFilteredEvents(get())
    const first = events[0]
    if (!first) return
    let endMs = first.when.endMs
    for (const event of events) endMs = Math.max(endMs, event.when.endMs)
    const padMs = Math.max((endMs - first.when.startMs) * 0.05, 15 * 86_400_000)
    set((state) => ({
      timeWindow: { startMs: first.when.startMs - padMs, endMs: endMs + padMs },
      fitResultsCount: state.fitResultsCount + 1,
    }))
  },
  toggleFilter: (facet, value) => {
    set((state) => {
      const current = state.filters[facet] as readonly string[]
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
      return { filters: { ...state.filters, [facet]: next } }
    })
  },
  setSearchText: (text) => {
    set((state) => ({ filters: { ...state.filters, text } }))
  },
  setDateRange: (fromMs, toMs) => {
    set((state) => ({ filters: { ...state.filters, fromMs, toMs } }))
  },
  setFilters: (filters) => {
    set({ filters })
  },
  clearFilters: () => {
    set({ filters: NO_FILTERS })
  },
})
