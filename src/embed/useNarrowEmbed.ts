/**
 * Whether the embed's frame is narrow (below NARROW_PX): there the timeline gives way to the vertical chronology,
 * as TimelineJS does. Width only: a frame's width is the article column's, so it cannot feed back into the height.
 */
import { useSyncExternalStore } from 'react'

export const NARROW_PX = 480
export const NARROW_QUERY = `(max-width: ${NARROW_PX - 0.02}px)`

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined
  const query = window.matchMedia(NARROW_QUERY)
  query.addEventListener('change', onChange)
  return () => {
    query.removeEventListener('change', onChange)
  }
}

function isNarrow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches
}

export function useNarrowEmbed(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false)
}
