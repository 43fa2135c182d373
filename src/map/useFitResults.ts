// Store → map: "Zoom to results" (state.fitToResults) fits the map to the shown places of the events that pass the
// filters (a transfer's origin, an area's point), with padding, instantly under prefers-reduced-motion.
import L from 'leaflet'
import { useEffect } from 'react'
import { useAppStore } from '../state/store'
import { selectFilteredEvents } from '../state/visibleEvents'
import type { EventRecord } from '../data/types'
import { shownPlaceIndices } from './geometry'
import { isHidden, prefersReducedMotion } from './useEventMarkers'

/** The bounds of the places the map shows for these events (a transfer's origin, an area's point); null for none. */
export function shownPlacesBounds(events: Iterable<EventRecord>): L.LatLngBounds | null {
  let bounds: L.LatLngBounds | null = null
  for (const event of events) {
    for (const index of shownPlaceIndices(event.places)) {
      const place = event.places[index]
      if (!place) continue
      if (bounds) bounds.extend([place.lat, place.lon])
      else bounds = L.latLngBounds([place.lat, place.lon], [place.lat, place.lon])
    }
  }
  return bounds
}

export function useFitResults(map: L.Map): void {
  const store = useAppStore()
  useEffect(
    function fitResults() {
      return store.subscribe((state, previous) => {
        if (state.fitResultsCount === previous.fitResultsCount || isHidden(map)) return
        const bounds = shownPlacesBounds(selectFilteredEvents(state))
        if (bounds) map.fitBounds(bounds.pad(0.15), { maxZoom: 6, animate: !prefersReducedMotion() })
      })
    },
    [map, store],
  )
}
