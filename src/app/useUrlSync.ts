/**
 * Mirrors the shareable state into the address bar and back. A new selection or story step adds a history entry, so
 * Back and Forward step through selections and steps; other changes (language, window, view, and selections made by
 * a playing playhead) replace the current entry.
 *
 * The address bar is written once the browser has painted the change (afterNextPaint), not in the task that made it:
 * a history write is not the reader's to wait for, and one click's changes (a selection, then the window that moves
 * to it) become one write. The bench's 10,000-event zoomed-in selection (a click that moves the window), 5 runs a
 * side: all three views changed 66 -> 53 ms after the click, painted 112 -> 96 ms (medians). Whatever reads the
 * address in a render, or at once after a change, reads the state instead (PrintHandout, the view's citation).
 */
import { useEffect } from 'react'
import { afterNextPaint } from '../data/nextTask'
import type { AppState, AppStore } from '../state/store'
import { NO_FILTERS } from '../data/matchesFilters'
import { selectStory } from '../state/story'
import { decodeUrlState, encodeUrlState, pageHrefWith, urlVocabulary } from '../state/urlState'

const query = (state: AppState) => encodeUrlState(state)

export function useUrlSync(store: AppStore): void {
  useEffect(
    function syncUrlWithStore() {
      let applyingHistory = false
      /** The query of the state last seen, written or about to be. */
      let current = query(store.getState())
      /** A write waiting for the next paint, and whether any change it carries adds a history entry. */
      let pending: { push: boolean; cancel: () => void } | null = null
      const write = () => {
        const push = pending?.push ?? false
        pending = null
        if (current === window.location.search) return
        const url = pageHrefWith(window.location.href, current)
        if (push) window.history.pushState(null, '', url)
        else window.history.replaceState(null, '', url)
      }
      const dropPending = () => {
        pending?.cancel()
        pending = null
      }
      const unsubscribe = store.subscribe((state, previous) => {
        if (applyingHistory) return
        const next = query(state)
        if (next === current) return
        current = next
        const isNewPlace =
          (state.selectedId !== previous.selectedId && !state.isPlaying) ||
          state.storyId !== previous.storyId ||
          state.stepIndex !== previous.stepIndex
        if (pending) pending.push ||= isNewPlace
        else pending = { push: isNewPlace, cancel: afterNextPaint(write) }
      })
      // A page that is left or hidden paints no next frame: what waits is written now.
      function writeNow() {
        if (!pending) return
        pending.cancel()
        write()
      }
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') writeNow()
      }
      function handlePopState() {
        // The entry moved to is the state now: a write still waiting would put a new entry over it.
        dropPending()
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
        current = query(store.getState())
        // The language switches once its strings are loaded (setLang), after the rest of the entry is restored.
        store.getState().setLang(state.lang ?? 'en')
      }
      window.addEventListener('popstate', handlePopState)
      window.addEventListener('pagehide', writeNow)
      document.addEventListener('visibilitychange', onVisibility)
      return function stopSyncingUrl() {
        unsubscribe()
        writeNow()
        window.removeEventListener('popstate', handlePopState)
        window.removeEventListener('pagehide', writeNow)
        document.removeEventListener('visibilitychange', onVisibility)
      }
    },
    [store],
  )
}
