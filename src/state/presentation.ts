/**
 * Presentation mode for a classroom or a talk: large type and high contrast (the app root gets `.is-presenting`),
 * optionally full screen, presenter notes on or off, and "hide events after this step", which lets a class meet
 * the events of a story in order (applied in selectVisibleEvents).
 */
import type { StateCreator } from 'zustand'
import type { AppState } from './store'
import { selectStory } from './story'

export type PresentationSlice = {
  isPresenting: boolean
  /** While a story is open, hide events that start after the current step's date. */
  hideLaterEvents: boolean
  showPresenterNotes: boolean
  setPresenting: (on: boolean) => void
  setHideLaterEvents: (on: boolean) => void
  setShowPresenterNotes: (on: boolean) => void
}

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => ({
  isPresenting: false,
  hideLaterEvents: false,
  showPresenterNotes: false,
  setPresenting: (isPresenting) => {
    set({ isPresenting })
  },
  setHideLaterEvents: (hideLaterEvents) => {
    set({ hideLaterEvents })
  },
  setShowPresenterNotes: (showPresenterNotes) => {
    set({ showPresenterNotes })
  },
})

export type CutoffState = Pick<
  AppState,
  'dataset' | 'storyId' | 'stepIndex' | 'hideLaterEvents' | 'playheadMs'
>

/**
 * The latest start (UTC ms) an event may have and still be shown, or null when nothing is hidden: the playhead
 * while playback is on, and the current story step's date while "hide later events" is on (the earlier of both).
 */
export function selectCutoffMs(state: CutoffState): number | null {
  const stepMs = state.hideLaterEvents ? (selectStory(state)?.steps[state.stepIndex]?.atMs ?? null) : null
  if (stepMs === null) return state.playheadMs
  return state.playheadMs === null ? stepMs : Math.min(stepMs, state.playheadMs)
}
