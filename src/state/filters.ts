import type { StateCreator } from 'zustand'
import { NO_FILTERS, type Facet, type Filters } from '../data/matchesFilters'
import type { AppState } from './store'

export type FiltersSlice = {
  filters: Filters
  /** Adds the option to the facet, or removes it when it is already chosen. */
  toggleFilter: (facet: Facet, value: string) => void
  setSearchText: (text: string) => void
  setDateRange: (fromMs: number | null, toMs: number | null) => void
  setFilters: (filters: Filters) => void
  clearFilters: () => void
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
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
