/** The single store: every transition of the app in one place, built from the loaded dataset and the URL. */
import { createContext, use } from 'react'
import { createStore, useStore, type StoreApi } from 'zustand'
import { eventGroups, indexEvents } from '../data/queries'
import type { Dataset, EventRecord, Problem, YourDataInfo } from '../data/types'
import { createFiltersSlice, type FiltersSlice } from './filters'
import { createFrameSlice, type FrameSlice } from './frame'
import { createPlaybackSlice, type PlaybackSlice } from './playback'
import { createPresentationSlice, type PresentationSlice } from './presentation'
import { createSelectionSlice, type SelectionSlice } from './selection'
import { createStorySlice, type StorySlice } from './story'
import { createThemeSlice, type ThemeSlice } from './theme'
import { createViewSlice, type LaneMode, type ViewSlice } from './view'

export type AppState = {
  dataset: Dataset
  eventsById: ReadonlyMap<string, EventRecord>
  /** Problems found while loading (skipped rows, bad URL parameters), shown in a notice. */
  problems: readonly Problem[]
  /** Set when the dataset shown is an imported file ("Your data" or a published one: ?dataset=), not the curated one. */
  yourData: YourDataInfo | null
  /** The lanes the timeline starts with: by group when an imported file has groups, else by category. */
  defaultLaneMode: LaneMode
} & SelectionSlice &
  ViewSlice &
  FiltersSlice &
  ThemeSlice &
  PlaybackSlice &
  StorySlice &
  PresentationSlice &
  FrameSlice

export type InitialState = Partial<
  Pick<
    AppState,
    | 'selectedId'
    | 'lang'
    | 'view'
    | 'timeWindow'
    | 'laneMode'
    | 'problems'
    | 'filters'
    | 'theme'
    | 'storyId'
    | 'stepIndex'
    | 'isPresenting'
    | 'hideLaterEvents'
    | 'yourData'
  >
>

/**
 * One store per app instance; tests create their own instead of resetting a global. `eventsById` is the dataset's
 * index by id when the caller has made it already (main.tsx, in a task of its own).
 */
export function createAppStore(
  dataset: Dataset,
  initial: InitialState = {},
  eventsById: ReadonlyMap<string, EventRecord> = indexEvents(dataset.events),
): AppStore {
  const defaultLaneMode: LaneMode = eventGroups(dataset.events).length > 0 ? 'group' : 'category'
  return createStore<AppState>()((...args) => ({
    dataset,
    eventsById,
    problems: [],
    yourData: null,
    ...createSelectionSlice(...args),
    ...createViewSlice(...args),
    ...createFiltersSlice(...args),
    ...createThemeSlice(...args),
    ...createPlaybackSlice(...args),
    ...createStorySlice(...args),
    ...createPresentationSlice(...args),
    ...createFrameSlice(...args),
    defaultLaneMode,
    laneMode: defaultLaneMode,
    ...initial,
  }))
}

export type AppStore = StoreApi<AppState>
const AppStoreContext = createContext<AppStore | null>(null)
export const AppStoreProvider = AppStoreContext.Provider

export function useAppStore(): AppStore {
  const store = use(AppStoreContext)
  if (!store) throw new Error('useAppStore() must be used inside <AppStoreProvider>')
  return store
}

export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector)
}
