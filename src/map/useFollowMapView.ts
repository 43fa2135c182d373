// Store → map: moves to a requested map view (state.mapView, e.g. set by a story step) when it changes, and honours
// a frame request (state.frame, src/state/frame.ts): fits every place of the framed events inside the map minus the
// insets a layout reports (a card, a bottom sheet), with a margin. Applied after the selection has moved the map in
// the same transition, so the explicit view or frame wins; a frame with places wins over a map view.
import L from 'leaflet'
import { useEffect } from 'react'
import type { MapView } from '../data/types'
import { useAppStore, type AppState } from '../state/store'
import { landsInside, usableInsets, withLegend, type Insets } from './frameInsets'
import { isHidden, prefersReducedMotion } from './useEventMarkers'

/** Pixels kept clear around framed places, inside the insets. */
const FRAME_MARGIN = 28
/** Frames to wait for a framed event's marker to be drawn before fitting without its size. */
const MARKER_WAIT_FRAMES = 10
/** The Leaflet zoom buttons, top left. */
const ZOOM_CONTROL = { top: 80, left: 48 }

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
          // The view's centre goes to the middle of what the overlays leave uncovered.
          const { frameInsets: insets } = store.getState()
          const center = map.unproject(
            map
              .project([view.lat, view.lon], view.zoom)
              .add([(insets.right - insets.left) / 2, (insets.bottom - insets.top) / 2]),
            view.zoom,
          )
          if (animate) map.flyTo(center, view.zoom, { duration: 0.8 })
          else map.setView(center, view.zoom, { animate: false })
        })
      }
      /** Fits the frame's places; false when it has none (a step that is only a time window). */
      const frame = (state: AppState): boolean => {
        const places = (state.frame?.eventIds ?? []).flatMap((id) => state.eventsById.get(id)?.places ?? [])
        if (places.length === 0) return false
        const ids = state.frame?.eventIds ?? []
        let waited = 0
        const fit = () => {
          if (!isActive || isHidden(map) || store.getState().frame !== state.frame) return
          // The markers' own reach widens the margin: an area's badge may be wider than the margin (a long label on a
          // phone), a country's hangs under its point. A marker just revealed is drawn a frame or two later: wait.
          const markers = ids.flatMap((id) => [
            ...map.getContainer().querySelectorAll(`.event-marker[data-event-id="${CSS.escape(id)}"]`),
          ])
          if (markers.length === 0 && ++waited < MARKER_WAIT_FRAMES) {
            requestAnimationFrame(fit)
            return
          }
          const reach = markerReach(markers)
          const { frameInsets } = store.getState()
          const size = map.getSize()
          // Insets that would leave too little map are ignored rather than producing a zoom that shows nothing.
          const layoutInsets = usableInsets(frameInsets, size)
          const bounds = L.latLngBounds(places.map((place) => [place.lat, place.lon] as L.LatLngTuple))
          const maxZoom = Math.min(...places.map((place) => frameZoom(place.precision)))
          const optionsFor = (insets: Insets): L.FitBoundsOptions => {
            const left = Math.max(insets.left, ZOOM_CONTROL.left) + FRAME_MARGIN
            const top = insets.top + FRAME_MARGIN
            const right = insets.right + FRAME_MARGIN
            const bottom = insets.bottom + FRAME_MARGIN
            // Never so wide that no room is left for the places themselves.
            const capX = (size.x - left - right - 40) / 2
            const capY = (size.y - top - bottom - 40) / 2
            const extra = (px: number, cap: number) => Math.max(0, Math.min(px - FRAME_MARGIN / 2, cap))
            return {
              paddingTopLeft: [left + extra(reach.left, capX), top + extra(reach.top, capY)],
              paddingBottomRight: [right + extra(reach.right, capX), bottom + extra(reach.bottom, capY)],
              maxZoom,
            }
          }
          // The legend's corner is kept clear too, unless the places would then not end up inside the uncovered map
          // (the map stops at its minimum zoom, and at its max bounds).
          const withoutLegend = optionsFor(layoutInsets)
          const clearOfLegend = optionsFor(withLegend(layoutInsets, legendCover(map), size))
          const options = landsInsideAfterFit(map, bounds, clearOfLegend) ? clearOfLegend : withoutLegend
          if (prefersReducedMotion()) map.fitBounds(bounds, { ...options, animate: false })
          else map.flyToBounds(bounds, { ...options, duration: 0.8 })
        }
        queueMicrotask(fit)
        return true
      }
      const initial = store.getState()
      if (!frame(initial) && initial.mapView) show(initial.mapView)
      const unsubscribe = store.subscribe((state, previous) => {
        const isFramed = state.frame !== previous.frame && frame(state)
        if (!isFramed && state.mapView !== previous.mapView && state.mapView) show(state.mapView)
        // The layout changed what covers the map: frame the same places again.
        if (state.frameInsets !== previous.frameInsets && state.frame === previous.frame)
          if (!frame(state) && state.mapView) show(state.mapView)
      })
      return function stopFollowingMapView() {
        isActive = false
        unsubscribe()
      }
    },
    [map, store],
  )
}

/**
 * How far the markers reach from their points, in px, on each side: a pin's box is centred on its point; an area's
 * badge is drawn inside a wrapper of no size that Leaflet places on the point, and a country's hangs under it (under
 * the country's name label). Both boxes are measured in the same frame, so a running zoom animation moves both.
 */
function markerReach(markers: Element[]): Insets {
  return markers.reduce(
    (most, marker) => {
      const box = marker.getBoundingClientRect()
      const wrapper = marker.parentElement?.getBoundingClientRect()
      const anchor =
        wrapper && wrapper.width === 0 && wrapper.height === 0
          ? { x: wrapper.left, y: wrapper.top }
          : { x: box.left + box.width / 2, y: box.top + box.height / 2 }
      return {
        top: Math.max(most.top, anchor.y - box.top),
        bottom: Math.max(most.bottom, box.bottom - anchor.y),
        left: Math.max(most.left, anchor.x - box.left),
        right: Math.max(most.right, box.right - anchor.x),
      }
    },
    { top: 0, right: 0, bottom: 0, left: 0 },
  )
}

/**
 * Whether the places end up inside the padded map after fitBounds, which stops at the map's minimum zoom and keeps
 * the view inside its max bounds (landsInside).
 */
function landsInsideAfterFit(map: L.Map, bounds: L.LatLngBounds, options: L.FitBoundsOptions): boolean {
  const topLeft = L.point(options.paddingTopLeft ?? [0, 0])
  const bottomRight = L.point(options.paddingBottomRight ?? [0, 0])
  const room = map.getSize().subtract(topLeft).subtract(bottomRight)
  if (room.x <= 0 || room.y <= 0) return false
  let zoom = map.getBoundsZoom(bounds, false, topLeft.add(bottomRight))
  if (options.maxZoom !== undefined) zoom = Math.min(options.maxZoom, zoom)
  const box = (corners: L.LatLngBounds) => {
    const a = map.project(corners.getNorthWest(), zoom)
    const b = map.project(corners.getSouthEast(), zoom)
    return {
      min: { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y) },
      max: { x: Math.max(a.x, b.x), y: Math.max(a.y, b.y) },
    }
  }
  const limit = map.options.maxBounds
  const maxBounds = limit instanceof L.LatLngBounds ? limit : limit ? L.latLngBounds(limit) : null
  return landsInside(box(bounds), map.getSize(), { topLeft, bottomRight }, maxBounds ? box(maxBounds) : null)
}

/**
 * How far the map's legend (its button, or the open list) reaches into the map from the top and from the right, in
 * px; none when it is not shown. It sits over the top-right corner, so framed places must keep out from under it.
 */
function legendCover(map: L.Map): { fromTop: number; fromRight: number } | null {
  const container = map.getContainer()
  const legend = container.parentElement?.querySelector(':scope > .legend')
  if (!legend) return null
  const box = legend.getBoundingClientRect()
  const mapBox = container.getBoundingClientRect()
  if (box.width === 0 || box.height === 0) return null
  if (
    box.bottom <= mapBox.top ||
    box.top >= mapBox.bottom ||
    box.left >= mapBox.right ||
    box.right <= mapBox.left
  )
    return null
  return { fromTop: box.bottom - mapBox.top, fromRight: mapBox.right - box.left }
}

/** The closest a frame zooms to a place: a country or a region is shown whole, a city with its surroundings. */
function frameZoom(precision: string): number {
  return precision === 'country' ? 4 : precision === 'region' || precision === 'state' ? 5 : 6
}
