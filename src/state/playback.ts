/**
 * Playback: a playhead moving through time. While it is set, events that start after it are hidden
 * (selectVisibleEvents), so they appear one by one as it passes them. Each time it passes an event, that event is
 * selected, so the map, the timeline, the list and the details follow it through the store as they do for a click.
 */
import type { StateCreator } from 'zustand'
import { lowerBound } from '../data/queries'
import type { EventRecord } from '../data/types'
import type { AppState } from './store'
import { selectFilteredEvents } from './visibleEvents'

/** Days of history shown per second of playing. */
export const PLAYBACK_SPEEDS = [7, 30, 91, 365] as const
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number]
const DAY_MS = 86_400_000

export type PlaybackSlice = {
  /** Where playback stands in time (UTC ms); null when playback is off and every event is shown. */
  playheadMs: number | null
  isPlaying: boolean
  speed: PlaybackSpeed
  /** Starts or resumes; starts again from the first event when the playhead is off or at the end. */
  play: () => void
  pause: () => void
  /** Pauses and moves the playhead to the next (+1) or previous (-1) date that has an event. */
  stepPlayback: (delta: -1 | 1) => void
  /** Ends playback: the playhead is removed and every event is shown again. */
  stopPlayback: () => void
  setSpeed: (speed: PlaybackSpeed) => void
  /**
   * Moves a playing playhead on by `elapsedMs` of wall-clock time and pauses at the last event. With `follow`, each
   * newly passed event is selected (the timer passes false under prefers-reduced-motion, so nothing pans by itself).
   */
  advancePlayback: (elapsedMs: number, follow?: boolean) => void
}

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set, get) => {
  /** The playhead at `playheadMs`, plus the latest event it has passed, selected when that changed. */
  const moveTo = (playheadMs: number, isPlaying: boolean, fromMs = get().playheadMs, follow = true) => {
    const events = selectFilteredEvents(get())
    const passed = passedCount(events, playheadMs)
    const wasPassed = fromMs === null ? -1 : passedCount(events, fromMs)
    const latest = events[passed - 1]
    set({
      playheadMs,
      isPlaying,
      ...(follow && passed !== wasPassed && latest ? { selectedId: latest.id } : {}),
    })
  }
  return {
    playheadMs: null,
    isPlaying: false,
    speed: 30,
    play: () => {
      const state = get()
      const events = selectFilteredEvents(state)
      const first = events[0]
      const last = events.at(-1)
      if (!first || !last) return
      const atEnd = state.playheadMs === null || state.playheadMs >= last.when.startMs
      if (atEnd) moveTo(first.when.startMs, true, null)
      else moveTo(state.playheadMs ?? first.when.startMs, true)
    },
    pause: () => {
      if (get().isPlaying) set({ isPlaying: false })
    },
    stepPlayback: (delta) => {
      const { playheadMs } = get()
      const events = selectFilteredEvents(get())
      const target =
        delta > 0
          ? events[playheadMs === null ? 0 : passedCount(events, playheadMs)]
          : playheadMs === null
            ? events.at(-1)
            : events[lowerBound(events, lastStartAtOrBefore(events, playheadMs)) - 1]
      if (target) moveTo(target.when.startMs, false)
      else get().pause()
    },
    stopPlayback: () => {
      set({ playheadMs: null, isPlaying: false })
    },
    setSpeed: (speed) => {
      set({ speed })
    },
    advancePlayback: (elapsedMs, follow = true) => {
      const { isPlaying, playheadMs, speed } = get()
      if (!isPlaying || playheadMs === null || elapsedMs <= 0) return
      const last = selectFilteredEvents(get()).at(-1)
      if (!last) return
      const next = playheadMs + (elapsedMs / 1000) * speed * DAY_MS
      if (next >= last.when.startMs) moveTo(last.when.startMs, false, playheadMs, follow)
      else moveTo(next, true, playheadMs, follow)
    },
  }
}

/** How many events (sorted by start) start at or before `ms`. */
export function passedCount(events: readonly EventRecord[], ms: number): number {
  return lowerBound(events, Math.floor(ms) + 1)
}

/** The start of the latest event at or before `ms` (so "back" from between two dates goes to the earlier one). */
function lastStartAtOrBefore(events: readonly EventRecord[], ms: number): number {
  return events[passedCount(events, ms) - 1]?.when.startMs ?? ms
}
