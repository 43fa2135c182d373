// Store → map: moves to a requested map view (state.mapView, e.g. set by a story step) when it changes. Applied after
// the selection has moved the map in the same transition, so the explicit view wins.
import type L from 'leaflet'
import { useEffect } from 'react'
import type { MapView } from '../data/types'
import { useAppStore } from '../state/store'
import { isHidden, prefersReducedMotion } from './useEventMarkers'

export function useFollowMapView(map: L.Map): void {
  const store = useAppStore()
  useEffect(
    function followMapView() {
      let isActive = true
      const show = (view: MapView) => {
        // A microtask: other subscribers (useFollowSelection) fly to the selected event first; this then replaces it.
        queueMicrotask(() => {
          if (!isActive || isHidden(map)) return
          const animate = !prefersReducedMotion()
          if (animate) map.flyTo([view.lat, view.lon], view.zoom, { duration: 0.8 })
          else map.setView([view.lat, view.lon], view.zoom, { animate: false })
        })
      }
      const initial = store.getState().mapView
      if (initial) show(initial)
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.mapView !== previous.mapView && state.mapView) show(state.mapView)
      })
      return function stopFollowingMapView() {
        isActive = false
        unsubscribe()
      }
    },
    [map, store],
  )
}
