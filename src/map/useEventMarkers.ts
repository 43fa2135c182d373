// Owns the event markers on the map: a supercluster index of every event place, re-clustered for the current view on
// each move; single places become shaped markers, groups become count bubbles. Clicks and hovers go to the store.
import L from 'leaflet'
import { useEffect } from 'react'
import type { ClusterProperties } from 'supercluster'
import { isInWindow } from '../data/queries'
import type { EventRecord } from '../data/types'
import { MESSAGES } from '../i18n/messages'
import { useVisibleEvents } from '../state/selectors'
import { useAppStore, type AppState } from '../state/store'
import { countCluster, distinctEvents, type ClusterSums, type PointProps } from './clusterCounts'
import { isAreaPlace } from './geometry'
import { clusterIcon, eventIcon, markSelection, selectedAreaIcon } from './markerIcons'
import { usePlaceIndex } from './usePlaceIndex'

/** Clusters up to this many places list their event ids on the element (data-event-ids), for tests and tools. */
const MAX_LISTED_IDS = 500

/**
 * Returns the number of events still being placed (a large list is clustered in a worker), or null when the
 * markers show the events the list shows. Until then the map keeps the previous list's markers, marked busy.
 */
export function useEventMarkers(map: L.Map): number | null {
  const store = useAppStore()
  const visibleEvents = useVisibleEvents()
  const { placed, current } = usePlaceIndex(visibleEvents)

  useEffect(
    function markBusy() {
      const container = map.getContainer()
      if (current) container.removeAttribute('aria-busy')
      else container.setAttribute('aria-busy', 'true')
      if (placed) container.dataset.placesBuilt = placed.builtIn
    },
    [map, current, placed],
  )

  useEffect(
    function drawMarkers() {
      const events = placed?.events ?? []
      const index = placed?.index ?? null
      const layer = L.layerGroup().addTo(map)
      /**
       * The markers on the map by key, each with the signature of what its icon shows. A redraw keeps every marker
       * whose key and signature are unchanged (dimming and hover are classes, toggled in place), so a selection or a
       * pan touches only the markers that change, not every marker in view.
       */
      let drawn = new Map<string, { marker: L.Marker; signature: string }>()
      /** The distinct events behind a cluster, listed once per cluster of this index. */
      const clusterEvents = new Map<number, readonly EventRecord[]>()
      const eventsOfCluster = (clusterId: number) => {
        let listed = clusterEvents.get(clusterId)
        if (!listed && index) {
          listed = distinctEvents(
            index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties),
            events,
          )
          clusterEvents.set(clusterId, listed)
        }
        return listed ?? []
      }

      const redraw = () => {
        const state = store.getState()
        const messages = MESSAGES[state.lang]
        if (isHidden(map)) {
          // A phone showing another view: the map has no size, so no bounds.
          layer.clearLayers()
          drawn = new Map()
          return
        }
        const next = new Map<string, { marker: L.Marker; signature: string }>()
        const keep = (key: string, signature: string, create: () => L.Marker): L.Marker => {
          const existing = drawn.get(key)
          if (existing && existing.signature === signature) {
            drawn.delete(key)
            next.set(key, existing)
            return existing.marker
          }
          const marker = create()
          layer.addLayer(marker)
          next.set(key, { marker, signature })
          return marker
        }
        const bounds = map.getBounds().pad(0.2)
        // floor, not round: at a fractional zoom, clustering for the lower whole zoom keeps markers from overlapping.
        const zoom = Math.floor(map.getZoom())
        // No index yet (a large list, still in the worker): only the selected event is drawn.
        const features = index
          ? index.getClusters(
              [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
              zoom,
            )
          : []
        for (const feature of features) {
          const [lon, lat] = feature.geometry.coordinates as [number, number]
          const props = feature.properties as Partial<ClusterProperties & ClusterSums> & Partial<PointProps>
          if (props.cluster && props.cluster_id !== undefined) {
            const clusterId = props.cluster_id
            const pointCount = props.point_count ?? 0
            const count = countCluster(pointCount, props as ClusterSums, state.timeWindow, () =>
              eventsOfCluster(clusterId),
            )
            const ids =
              pointCount <= MAX_LISTED_IDS ? eventsOfCluster(clusterId).map((event) => event.id) : null
            keep(`cluster:${clusterId}`, `${count.inWindow}|${count.outside}|${state.lang}`, () => {
              const marker = L.marker([lat, lon], {
                icon: clusterIcon(
                  count.inWindow,
                  count.outside,
                  messages.mapSearch.eventsHere(count.inWindow, count.outside),
                  ids,
                ),
                keyboard: false,
              })
              marker.on('click', () => {
                const expansionZoom = Math.min(
                  index?.getClusterExpansionZoom(clusterId) ?? map.getZoom() + 1,
                  map.getMaxZoom(),
                )
                map.setView([lat, lon], expansionZoom, { animate: !prefersReducedMotion() })
              })
              return marker
            })
          } else if (props.eventIndex !== undefined) {
            const event = events[props.eventIndex]
            if (!event || event.id === state.selectedId) continue
            const placeIndex = props.placeIndex ?? 0
            const marker = keep(`place:${event.id}:${placeIndex}`, state.lang, () =>
              placeMarker(event.id, placeIndex, state, lat, lon),
            )
            updateMarkerState(marker, event.id, state)
          }
        }
        // The selected event is drawn outside the clusters, on top, so it is always visible: its exact places as pins
        // (with a transfer's destinations), its areas as labelled badges (their shapes: useFollowSelection).
        const selected = state.selectedId ? state.eventsById.get(state.selectedId) : undefined
        selected?.places.forEach((place, placeIndex) => {
          if (isAreaPlace(place)) {
            const name = place.name[state.lang]
            const note = place.precision === 'country' ? messages.mapSearch.nationwideShort : null
            const marker = keep(`selected-area:${selected.id}:${placeIndex}`, state.lang, () =>
              L.marker([place.lat, place.lon], {
                icon: selectedAreaIcon({
                  eventId: selected.id,
                  placeIndex,
                  name,
                  note,
                  precision: place.precision,
                  label: `${selected.title[state.lang]} — ${note ? `${name} (${note})` : name}`,
                }),
                keyboard: false,
              }).setZIndexOffset(1000),
            )
            updateMarkerState(marker, selected.id, state)
            return
          }
          const marker = keep(`selected:${selected.id}:${placeIndex}`, state.lang, () =>
            placeMarker(selected.id, placeIndex, state, place.lat, place.lon).setZIndexOffset(1000),
          )
          updateMarkerState(marker, selected.id, state)
        })
        for (const { marker } of drawn.values()) layer.removeLayer(marker)
        drawn = next
        // The zoom the markers were last drawn for: a condition for tests and tools to wait on after a zoom.
        map.getContainer().dataset.markersZoom = String(map.getZoom())
      }

      const placeMarker = (
        eventId: string,
        placeIndex: number,
        state: AppState,
        lat: number,
        lon: number,
      ) => {
        const event = state.eventsById.get(eventId)
        const place = event?.places[placeIndex]
        const lang = state.lang
        const marker = L.marker([lat, lon], {
          icon: eventIcon({
            eventId,
            categoryId: event?.category ?? '',
            precision: place?.precision ?? 'point',
            label: event ? `${event.title[lang]} — ${place?.name[lang] ?? ''}` : eventId,
            isSelected: eventId === state.selectedId,
            isHovered: eventId === state.hoveredId,
            isDimmed: event ? !isInWindow(event, state.timeWindow) : false,
          }),
          keyboard: false,
          riseOnHover: true,
        })
        marker.on('click', () => {
          store.getState().selectEvent(eventId)
        })
        marker.on('mouseover', () => {
          store.getState().hoverEvent(eventId)
        })
        marker.on('mouseout', () => {
          store.getState().hoverEvent(null)
        })
        return marker
      }

      // One selection can change the selection, the time window and the view (moveend) in the same task: redraw once,
      // at the end of that task (a microtask), so the markers are in place for the very next frame.
      let pending = false
      let removed = false
      const scheduleRedraw = () => {
        if (pending) return
        pending = true
        queueMicrotask(() => {
          pending = false
          if (!removed) redraw()
        })
      }
      redraw()
      map.on('moveend', scheduleRedraw)
      const unsubscribe = store.subscribe((state, previous) => {
        if (
          state.selectedId !== previous.selectedId ||
          state.timeWindow !== previous.timeWindow ||
          state.lang !== previous.lang
        )
          scheduleRedraw()
        else if (state.hoveredId !== previous.hoveredId) markHovered(map.getContainer(), state.hoveredId)
      })
      return function removeMarkers() {
        unsubscribe()
        removed = true
        map.off('moveend', scheduleRedraw)
        layer.remove()
      }
    },
    [map, placed, store],
  )
  return current ? null : visibleEvents.length
}

/** Dimming (outside the timeline's window), hover and selection of a kept marker, set in place. */
function updateMarkerState(marker: L.Marker, eventId: string, state: AppState): void {
  const element = marker.getElement()?.querySelector<HTMLElement>('.event-marker')
  if (!element) return
  const event = state.eventsById.get(eventId)
  element.classList.toggle('is-dimmed', event ? !isInWindow(event, state.timeWindow) : false)
  element.classList.toggle('is-hovered', eventId === state.hoveredId)
  markSelection(element, eventId === state.selectedId)
}

/** True while the map's container has no size (display: none on a phone showing the list or the timeline). */
export function isHidden(map: L.Map): boolean {
  const size = map.getSize()
  return size.x === 0 || size.y === 0
}

/** Hover only changes a class: no markers are rebuilt while the pointer moves. */
function markHovered(container: HTMLElement, hoveredId: string | null): void {
  for (const element of container.querySelectorAll<HTMLElement>('.event-marker')) {
    element.classList.toggle('is-hovered', element.dataset.eventId === hoveredId)
  }
}

export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  )
}
