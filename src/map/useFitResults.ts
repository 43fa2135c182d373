// Store → map: "Zoom to results" (state.fitToResults) fits the map to the shown places of the events that pass the
// filters (a transfer's origin, an area's point), with padding, instantly under prefers-reduced-motion.
import L from 'leaflet'
import { useEffect } from 'react'
import { useAppStore } from '../state/store'
import { selectFilteredEvents } from '../state/visibleEvents'
import { shownPlaceIndices } from './geometry'
import { isHidden, prefersReducedMotion } from './useEventMarkers'

export function useFitResults(map: L.Map): void {
  const store = useAppStore()
  useEffect(
    function fitResults() {
      return store.subscribe((state, previous) => {
        if (state.fitResultsCount === previous.fitResultsCount || isHidden(map)) return
        let bounds: L.LatLngBounds | null = null
        for (const event of selectFilteredEvents(state)) {
          for (const index of shownPlaceIndices(event.places)) {
            const place = event.places[index]
            if (!place) continue
            if (bounds) bounds.extend([place.lat, place.lon])
            else bounds = L.latLngBounds([place.lat, place.lon], [place.lat, place.lon])
          }
        }
        if (bounds) map.fitBounds(bounds.pad(0.15), { maxZoom: 6, animate: !prefersReducedMotion() })
      })
    },
    [map, store],
  )
}
