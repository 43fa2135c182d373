/**
 * Mirrors the shareable state into the address bar and back. A new selection or story step adds a history entry, so
 * Back and Forward step through selections and steps; other changes (language, window, view, and selections made by
 * a playing playhead) replace the current entry.
 */
import { useEffect } from 'react'
import type { AppState, AppStore } from '../state/store'
import { NO_FILTERS } from '../data/matchesFilters'
import { selectStory } from '../state/story'
import { decodeUrlState, encodeUrlState, pageHrefWith, urlVocabulary } from '../state/urlState'

const query = (state: AppState) => encodeUrlState(state)

export function useUrlSync(store: AppStore): void {
  useEffect(
    function syncUrlWithStore() {
      let applyingHistory = false
      const unsubscribe = store.subscribe((state, previous) => {
        if (applyingHistory) return
        const next = query(state)
        if (next === query(previous) || next === window.location.search) return
        const url = pageHrefWith(window.location.href, next)
        const isNewPlace =
          (state.selectedId !== previous.selectedId && !state.isPlaying) ||
          state.storyId !== previous.storyId ||
          state.stepIndex !== previous.stepIndex
        if (isNewPlace) window.history.pushState(null, '', url)
        else window.history.replaceState(null, '', url)
      })
      function handlePopState() {
        const { dataset, eventsById } = store.getState()
        const { state } = decodeUrlState(window.location.search, eventsById, urlVocabulary(dataset))
        applyingHistory = true
        store.setState({
          selectedId: state.selectedId ?? null,
          view: state.view ?? 'map',
          laneMode: state.laneMode ?? store.getState().defaultLaneMode,
          timeWindow: state.timeWindow ?? null,
          filters: state.filters ?? NO_FILTERS,
          // The theme is a reading preference, not a place in history: older entries without it keep the current one.
          ...(state.theme ? { theme: state.theme } : {}),
          storyId: state.storyId ?? null,
          stepIndex: state.stepIndex ?? 0,
          mapView:
            selectStory({ dataset, storyId: state.storyId ?? null })?.steps[state.stepIndex ?? 0]?.map ??
            null,
          // Presenting is a mode, not a place: Back never leaves it.
          ...(state.isPresenting ? { isPresenting: true } : {}),
          ...(state.hideLaterEvents ? { hideLaterEvents: true } : {}),
        })
        applyingHistory = false
        // The language switches once its strings are loaded (setLang), after the rest of the entry is restored.
        store.getState().setLang(state.lang ?? 'en')
      }
      window.addEventListener('popstate', handlePopState)
      return function stopSyncingUrl() {
        unsubscribe()
        window.removeEventListener('popstate', handlePopState)
      }
    },
    [store],
  )
}
