// Drives a playing playhead: one interval while playing, removed on pause and on unmount.
import { useEffect } from 'react'
import { useAppState, useAppStore } from '../state/store'

const TICK_MS = 100

export function usePlaybackTimer(): void {
  const store = useAppStore()
  const isPlaying = useAppState((s) => s.isPlaying)
  useEffect(
    function runPlaybackTimer() {
      if (!isPlaying) return
      let last = performance.now()
      const timer = window.setInterval(() => {
        const now = performance.now()
        // Under prefers-reduced-motion the playhead still reveals events, but only a user's step moves the
        // selection (and with it the map and the timeline).
        store.getState().advancePlayback(now - last, !prefersReducedMotion())
        last = now
      }, TICK_MS)
      return function stopPlaybackTimer() {
        window.clearInterval(timer)
      }
    },
    [isPlaying, store],
  )
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches
}
