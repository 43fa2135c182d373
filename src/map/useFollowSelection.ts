// Store → map: flies to the selected event (instantly under prefers-reduced-motion), draws its precision halos (a
// country's or a state's shape) and its routes. ("Full time range" resets only the time window, so not the map.)
// The routes of the events in the timeline's window are drawn faintly (useFaintRoutes decides which).
import L from 'leaflet'
import { useEffect } from 'react'
import type { EventRecord } from '../data/types'
import type { FrameInsets } from '../state/frame'
import { useAppStore } from '../state/store'
import { categoryStyle } from '../ui/categoryStyle'
import { afterNextPaint } from '../data/nextTask'
import { usableInsets } from './frameInsets'
import { featureAt, loadBasemap, loadWorldBasemap } from './basemapData'
import { arcPoints, haloRadiusM, routesOf, type Route } from './geometry'
import { isHidden, prefersReducedMotion } from './useEventMarkers'
import { shownPlacesBounds } from './useFitResults'

export const FOCUS_ZOOM = 5
/** The US–Mexico frame the map opens on when nothing is selected: Mexico and the US border states to Washington. */
export const HOME_BOUNDS = L.latLngBounds([15, -117], [40, -76])

/**
 * Where the map may pan: the Americas for the curated dataset (its bundled basemap); anywhere for "Your data". The
 * curated bounds reach the map's southern edge (85° S), not just past Cape Horn: at the minimum zoom a phone's bottom
 * sheet covers half the map, and a story step framing Canada and Mexico needs the view to reach far enough south to
 * lift both into the uncovered top (with 60° S, Mexico stayed under the sheet).
 */
export const CURATED_MAX_BOUNDS = L.latLngBounds([-85, -200], [85, 20])
export const WORLD_MAX_BOUNDS = L.latLngBounds([-85, -200], [85, 200])

/**
 * The map's first view: the US–Mexico frame for the curated dataset; for an imported file ("Your data") all its
 * places (its events may be anywhere), or the world when none has a place.
 */
export function homeBounds(events: readonly EventRecord[], isYourData: boolean): L.LatLngBounds {
  if (!isYourData) return HOME_BOUNDS
  const bounds = shownPlacesBounds(events)
  if (!bounds) return L.latLngBounds([-50, -170], [70, 170])
  // A single place (or a few close together) gets a frame around it rather than the highest zoom.
  const minSpan = 4
  const center = bounds.getCenter()
  return bounds.extend([
    [center.lat - minSpan, center.lng - minSpan],
    [center.lat + minSpan, center.lng + minSpan],
  ])
}

export function useFollowSelection(map: L.Map, faintRoutes: readonly Route[]): void {
  const store = useAppStore()

  useEffect(
    function drawFaintRoutes() {
      const layer = L.layerGroup(routeLines(faintRoutes)).addTo(map)
      return function removeFaintRoutes() {
        layer.remove()
      }
    },
    [map, faintRoutes],
  )

  useEffect(
    function resizeWhenShown() {
      // Leaflet measures its container once; on a phone the map is hidden and shown again with the view tabs, and a
      // map may be made before its container is laid out (the explorer opened with a search).
      const observer = new ResizeObserver(() => {
        const wasHidden = isHidden(map)
        const state = store.getState()
        const event = state.selectedId ? state.eventsById.get(state.selectedId) : undefined
        if (wasHidden) {
          // The view Leaflet made for no size is not announced (moveend waits): its maxBounds check would start an
          // animated pan from it that the first view's setView does not stop, and the map ended up to 290 px off the
          // selected event. Nothing to animate from: the first view is set at once.
          map.invalidateSize({ pan: false, debounceMoveend: true })
          if (isHidden(map)) return
          if (event) focusOn(map, event, state.frameInsets, { instant: true })
          else map.fitBounds(homeBounds(state.dataset.events, state.yourData !== null), { animate: false })
          return
        }
        // A new size keeps the view's centre (a narrower column used to cut the selection off on the right), and a
        // selected event that was in view is brought back if the new size left it outside the view or near its edge
        // (one the reader panned away from stays away).
        const wasInView = event !== undefined && placesInView(map, event)
        map.invalidateSize()
        if (event && wasInView && !state.frame && !isHidden(map)) focusOn(map, event, state.frameInsets)
      })
      observer.observe(map.getContainer())
      return function stopObserving() {
        observer.disconnect()
      }
    },
    [map, store],
  )

  useEffect(
    function followSelection() {
      let focusLayer = L.layerGroup().addTo(map)
      let cancelMove = () => {}
      const show = (event: EventRecord | undefined, move: 'now' | 'after paint') => {
        cancelMove()
        focusLayer.remove()
        focusLayer = L.layerGroup().addTo(map)
        if (!event) return
        const color = categoryStyle(event.category).color
        const layerNow = focusLayer
        for (const place of event.places) {
          const radius = haloRadiusM(place.precision)
          if (place.precision === 'country' || place.precision === 'state') {
            // A country or a state is drawn as its shape (honest geography), not a ring around a centre.
            const kind = place.precision
            areaAt(kind, place.lon, place.lat, store.getState().yourData !== null)
              .then((feature) => {
                if (feature && layerNow === focusLayer)
                  layerNow.addLayer(
                    L.geoJSON(feature, {
                      style: { className: 'area-highlight', color, weight: 3, fillOpacity: 0.12 },
                      interactive: false,
                    }),
                  )
              })
              .catch(() => undefined) // the basemap layer reports a failed load
          } else if (radius > 0)
            focusLayer.addLayer(
              L.circle([place.lat, place.lon], {
                radius,
                color,
                weight: 2,
                dashArray: '6 6',
                fillOpacity: 0.12,
                interactive: false,
              }),
            )
        }
        for (const [from, to] of routesOf(event.places)) {
          focusLayer.addLayer(
            L.polyline(arcPoints(from, to), { color, weight: 3, opacity: 0.9, interactive: false }),
          )
        }
        if (move === 'now' || !placesInView(map, event)) focusOn(map, event, store.getState().frameInsets)
        else {
          // In view already (its marker marked in the selection's first frame, with the list and the timeline): the
          // pan that centres it comes after that frame; it redraws the basemap's shapes, about 10 ms of the
          // click at 10,000 events. Not if the view was given meanwhile (a story's frame, a map view): it wins, as it
          // does over a move made at once.
          const { frame, mapView } = store.getState()
          cancelMove = afterNextPaint(() => {
            // (Another selection, or none, cancels it: show() above.)
            const now = store.getState()
            if (now.frame === frame && now.mapView === mapView) focusOn(map, event, now.frameInsets)
          })
        }
      }
      const initial = store.getState()
      show(initial.selectedId ? initial.eventsById.get(initial.selectedId) : undefined, 'now')
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.selectedId !== previous.selectedId) {
          // A selection made with a new frame or map view (a story's step, history) moves at once, and they then
          // replace the move (useFollowMapView, a microtask later); a reader's selection moves after its first paint.
          const withView = state.frame !== previous.frame || state.mapView !== previous.mapView
          show(
            state.selectedId ? state.eventsById.get(state.selectedId) : undefined,
            withView ? 'now' : 'after paint',
          )
        } else if (state.frameInsets !== previous.frameInsets && !state.frame && state.selectedId) {
          // The layout now covers another part of the map (the phone's sheet measured, opened or dragged): the
          // selected event is brought out from under it, if it is there. A story's frame does this itself
          // (useFollowMapView).
          const event = state.eventsById.get(state.selectedId)
          if (event) focusOn(map, event, state.frameInsets)
        }
      })
      return function stopFollowing() {
        cancelMove()
        unsubscribe()
        focusLayer.remove()
      }
    },
    [map, store],
  )
}

/**
 * Brings the event's places into the part of the map that the layout's overlays leave uncovered (`insets`: the phone's
 * bottom sheet, the present layout's card; useCoverInsets), unless they already lie well inside it. Insets that would
 * leave too little map are ignored, as a story's frame ignores them (useFollowMapView).
 */
function focusOn(
  map: L.Map,
  event: EventRecord,
  insets: FrameInsets,
  { instant = false }: { instant?: boolean } = {},
): void {
  // An imported row without a place ("Your data") is not on the map: the map stays where it is.
  if (isHidden(map) || event.places.length === 0) return
  const animate = !instant && !prefersReducedMotion()
  const size = map.getSize()
  const cover = usableInsets(insets, size)
  /** Whether every point (in the container's pixels) lies inside the uncovered part, `margin` of it from each edge. */
  const wellInside = (points: L.Point[], margin: number) => {
    const width = size.x - cover.left - cover.right
    const height = size.y - cover.top - cover.bottom
    return points.every(
      (point) =>
        point.x >= cover.left + width * margin &&
        point.x <= size.x - cover.right - width * margin &&
        point.y >= cover.top + height * margin &&
        point.y <= size.y - cover.bottom - height * margin,
    )
  }
  const latLngs = event.places.map((place) => [place.lat, place.lon] as L.LatLngTuple)
  const bounds = L.latLngBounds(latLngs)
  if (event.places.length > 1) {
    // Its places must lie well inside the view, not on its edge where a badge is half cut or under the legend; the
    // fit leaves room for an area's badge, which is centred on its point and may be wide.
    if (
      !wellInside(
        latLngs.map((latLng) => map.latLngToContainerPoint(latLng)),
        0.12,
      )
    ) {
      const padding = L.point(Math.min(90, size.x / 4), Math.min(45, size.y / 4))
      const options: L.FitBoundsOptions = {
        maxZoom: FOCUS_ZOOM,
        paddingTopLeft: [padding.x + cover.left, padding.y + cover.top],
        paddingBottomRight: [padding.x + cover.right, padding.y + cover.bottom],
      }
      // Without animation, flyToBounds' own target, reached by moveAt.
      const fit =
        !animate && (map as unknown as PanInternals)._getBoundsCenterZoom?.call(map, bounds, options)
      if (fit) moveAt(map, fit.center, fit.zoom)
      else map.flyToBounds(bounds, { ...options, animate, duration: animate ? 0.8 : 0 })
    }
    return
  }
  const center = bounds.getCenter()
  const zoom = Math.max(map.getZoom(), Math.min(FOCUS_ZOOM, precisionZoom(event.places[0]?.precision)))
  // The map's centre that puts the place in the middle of the uncovered part.
  const target = map.unproject(
    map.project(center, zoom).add([(cover.right - cover.left) / 2, (cover.bottom - cover.top) / 2]),
    zoom,
  )
  if (zoom === map.getZoom()) {
    // Already close enough: leave a place that is well inside the view where it is, and otherwise pan (a pan
    // moves the drawn map; a new zoom or setView would place and draw every basemap shape anew).
    if (wellInside([map.latLngToContainerPoint(center)], 0.15)) return
    if (animate) map.panTo(target, { duration: 0.5 })
    else moveAt(map, target, zoom)
    return
  }
  if (animate) map.flyTo(target, zoom, { duration: 0.8 })
  else map.setView(target, zoom, { animate: false })
}

type PanInternals = {
  _rawPanBy?: (offset: L.Point) => void
  _limitCenter?: (center: L.LatLng, zoom: number, bounds?: L.LatLngBoundsExpression) => L.LatLng
  _getBoundsCenterZoom?: (
    bounds: L.LatLngBounds,
    options: L.FitBoundsOptions,
  ) => { center: L.LatLng; zoom: number }
}

/**
 * Centres the map on `center` at `zoom` without animation. At the map's own zoom it moves as a drag does: the drawn
 * map moves and nothing is projected again. Leaflet's pan without animation (panTo, and setView or flyToBounds at the
 * same zoom) resets the view instead when the move is longer than the map is wide or high (a guard for tile layers,
 * Leaflet #2602; this map has none), and a reset places and draws every basemap shape anew from a new origin (with
 * their projection too, before svgRenderer's keepProjection: 10–18 ms of a selection's click at 1,000 events, for an
 * event beyond the view). Leaflet's internals (1.9, pinned in package.json), guarded: without them, setView.
 */
function moveAt(map: L.Map, center: L.LatLng, zoom: number): void {
  const { _rawPanBy: rawPanBy, _limitCenter: limitCenter } = map as unknown as PanInternals
  if (zoom !== map.getZoom() || !rawPanBy || !limitCenter) {
    map.setView(center, zoom, { animate: false })
    return
  }
  // Inside the map's bounds, as setView keeps it.
  const offset = map
    .project(limitCenter.call(map, center, zoom, map.options.maxBounds), zoom)
    .subtract(map.project(map.getCenter(), zoom))
    .round()
  if (!offset.x && !offset.y) return
  // What Leaflet's panBy does without animation, for a move of any length.
  map.stop()
  map.fire('movestart')
  rawPanBy.call(map, offset)
  map.fire('move').fire('moveend')
}

/** Whether every place of the event lies inside the map as Leaflet last measured it (before an invalidateSize). */
function placesInView(map: L.Map, event: EventRecord): boolean {
  const size = map.getSize()
  return (
    event.places.length > 0 &&
    event.places.every((place) => {
      const point = map.latLngToContainerPoint([place.lat, place.lon])
      return point.x >= 0 && point.x <= size.x && point.y >= 0 && point.y <= size.y
    })
  )
}

function precisionZoom(precision: string | undefined): number {
  return precision === 'country' ? 3 : precision === 'region' || precision === 'state' ? 4 : FOCUS_ZOOM
}

function routeLines(routes: readonly Route[]): L.Polyline[] {
  return routes.map((route) =>
    L.polyline(arcPoints(route.from, route.to), {
      color: categoryStyle(route.categoryId).color,
      weight: 1.5,
      opacity: 0.35,
      dashArray: '4 4',
      interactive: false,
    }),
  )
}

/**
 * The shape of the country (or state) at a place: from the Americas' basemap, and for an imported dataset (whose map
 * also draws the rest of the world, useBasemap) from the world's countries when the Americas have none there.
 */
async function areaAt(kind: 'country' | 'state', lon: number, lat: number, withWorld: boolean) {
  const found = featureAt(await loadBasemap(), kind, lon, lat)
  if (found || !withWorld || kind !== 'country') return found
  return featureAt(await loadWorldBasemap(), kind, lon, lat)
}
