/**
 * Guided stories: which story is open and at which step. Going to a step selects its event and sets its time window
 * and map view in one transition, so the map, the timeline and the list follow through the store alone; they have
 * no story-specific code.
 */
import type { StateCreator } from 'zustand'
import type { MapView, Story } from '../data/types'
import { nextFrame } from './frame'
import type { AppState } from './store'

export type StorySlice = {
  storyId: string | null
  /** Index of the current step (0-based; links and the UI count from 1). */
  stepIndex: number
  /** A map view requested by the current step; the map moves there when it changes. Null: follow the selection. */
  mapView: MapView | null
  /** Opens a story at a step (default: the first); an unknown story id does nothing. */
  startStory: (id: string, stepIndex?: number) => void
  nextStep: () => void
  previousStep: () => void
  /** Goes to a step of the open story; the index is clamped to the story's steps. */
  goToStep: (stepIndex: number) => void
  exitStory: () => void
}

export const createStorySlice: StateCreator<AppState, [], [], StorySlice> = (set, get) => {
  const show = (story: Story, stepIndex: number) => {
    const index = Math.min(Math.max(0, Math.trunc(stepIndex) || 0), story.steps.length - 1)
    const step = story.steps[index]
    if (!step) return
    const { eventsById } = get()
    const eventId = step.eventId !== undefined && eventsById.has(step.eventId) ? step.eventId : null
    set({
      storyId: story.id,
      stepIndex: index,
      selectedId: eventId,
      // The map and the timeline frame the step: its event's places and dates, or its window (frame.ts).
      frame: nextFrame(get().frame, eventId ? [eventId] : [], step.window ?? null),
      ...(step.window ? { timeWindow: step.window } : {}),
      mapView: step.map ?? null,
      // A story shows its steps at their own dates; a running playhead would hide them.
      playheadMs: null,
      isPlaying: false,
    })
  }
  return {
    storyId: null,
    stepIndex: 0,
    mapView: null,
    startStory: (id, stepIndex = 0) => {
      const story = get().dataset.stories.find((candidate) => candidate.id === id)
      if (story) show(story, stepIndex)
    },
    nextStep: () => {
      const story = selectStory(get())
      if (story && get().stepIndex < story.steps.length - 1) show(story, get().stepIndex + 1)
    },
    previousStep: () => {
      const story = selectStory(get())
      if (story && get().stepIndex > 0) show(story, get().stepIndex - 1)
    },
    goToStep: (stepIndex) => {
      const story = selectStory(get())
      if (story) show(story, stepIndex)
    },
    exitStory: () => {
      set({ storyId: null, stepIndex: 0, mapView: null, frame: null })
    },
  }
}

/** The open story, or null. */
export function selectStory(state: Pick<AppState, 'dataset' | 'storyId'>): Story | null {
  if (state.storyId === null) return null
  return state.dataset.stories.find((story) => story.id === state.storyId) ?? null
}
