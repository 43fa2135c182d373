/**
 * "Frame these events (and this time window)": a request the layouts make through the store, which the map and the
 * timeline honour (src/map/useFollowMapView.ts, src/timeline/useVisTimeline.ts). The map fits every place of the
 * events inside its box minus `frameInsets` (the pixels a card, a bottom sheet or a control covers); the timeline
 * shows the window, or the events' dates, with a margin, scrolled to their lanes. A story step makes one request
 * per step (story.ts); each request has a new `seq`, so framing the same step again moves the views again.
 */
import type { StateCreator } from 'zustand'
import type { AppState } from './store'
import type { TimeWindow } from './view'

/** Pixels of the map covered along each edge, which a frame must keep clear. */
export type FrameInsets = { top: number; right: number; bottom: number; left: number }

export type FrameRequest = {
  seq: number
  eventIds: readonly string[]
  /** A window to show on the timeline; null: the events' own dates. */
  window: TimeWindow | null
}

export type FrameSlice = {
  frame: FrameRequest | null
  frameInsets: FrameInsets
  /** Asks the map and the timeline to show these events (and window). */
  frameEvents: (eventIds: readonly string[], window?: TimeWindow | null) => void
  /** Set by the layout: what covers the map. Changing it re-frames the current request. */
  setFrameInsets: (insets: FrameInsets) => void
}

export const NO_INSETS: FrameInsets = { top: 0, right: 0, bottom: 0, left: 0 }

export function nextFrame(
  previous: FrameRequest | null,
  eventIds: readonly string[],
  window: TimeWindow | null,
) {
  return { seq: (previous?.seq ?? 0) + 1, eventIds, window }
}

export const createFrameSlice: StateCreator<AppState, [], [], FrameSlice> = (set, get) => ({
  frame: null,
  frameInsets: NO_INSETS,
  frameEvents: (eventIds, window = null) => {
    const known = eventIds.filter((id) => get().eventsById.has(id))
    set({ frame: nextFrame(get().frame, known, window) })
  },
  setFrameInsets: (insets) => {
    const current = get().frameInsets
    if (
      current.top === insets.top &&
      current.right === insets.right &&
      current.bottom === insets.bottom &&
      current.left === insets.left
    )
      return
    set({ frameInsets: insets })
  },
})
