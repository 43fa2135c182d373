import type { StateCreator } from 'zustand'
import type { Lang } from '../data/types'
import { hasMessages, loadMessages } from '../i18n/messages'
import type { AppState } from './store'

export type TimeWindow = { startMs: number; endMs: number }
/** Which panel a phone shows; on wide screens all are visible and this only says which one has focus. */
export type PanelView = 'map' | 'timeline' | 'list'
/** Timeline lanes by category, by country, or by the groups of an imported file (TimelineJS "Group"). */
export type LaneMode = 'category' | 'country' | 'group'

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

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => {
  // The language last asked for: a slower load of an earlier choice must not win over it.
  let wanted: Lang | null = null
  return {
    lang: 'en',
    view: 'map',
    laneMode: 'category',
    timeWindow: null,
    resetCount: 0,
    // Switches once the language's strings are loaded (at once when they are), so no view ever renders half in the old
    // language, half in English; a failed load (offline, chunk not cached) keeps the current language.
    setLang: (lang) => {
      wanted = lang
      if (hasMessages(lang)) {
        set({ lang })
        return
      }
      loadMessages(lang).then(
        () => {
          if (wanted === lang) set({ lang })
        },
        () => undefined,
      )
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
  }
}
