import type { StateCreator } from 'zustand'
import type { Lang } from '../data/types'
import type { AppState } from './store'

export type TimeWindow = { startMs: number; endMs: number }
/** Which panel a phone shows; on wide screens all are visible and this only says which one has focus. */
export type PanelView = 'map' | 'timeline' | 'list'
export type LaneMode = 'category' | 'country'

export type ViewSlice = {
  lang: Lang
  view: PanelView
  laneMode: LaneMode
  /** The timeline's visible window; null means "everything". */
  timeWindow: TimeWindow | null
  /** Incremented by fitAll(); the map and the timeline reset their view when it changes. */
  resetCount: number
  setLang: (lang: Lang) => void
  setView: (view: PanelView) => void
  setLaneMode: (mode: LaneMode) => void
  setTimeWindow: (window: TimeWindow | null) => void
  fitAll: () => void
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  lang: 'en',
  view: 'map',
  laneMode: 'category',
  timeWindow: null,
  resetCount: 0,
  setLang: (lang) => {
    set({ lang })
  },
  setView: (view) => {
    set({ view })
  },
  setLaneMode: (laneMode) => {
    set({ laneMode })
  },
  setTimeWindow: (timeWindow) => {
    set({ timeWindow })
  },
  fitAll: () => {
    set((state) => ({ timeWindow: null, resetCount: state.resetCount + 1 }))
  },
})
