/** The map panel: an offline Leaflet map of event places, one tab stop, with arrow keys moving the selection. */
import 'leaflet/dist/leaflet.css'
import './map.css'
import { memo, useEffect, useMemo, useState } from 'react'
import { isFiltering } from '../data/matchesFilters'
import { MapContainer, TileLayer, useMap } from 'react-leaflet'
import { useMessages } from '../state/selectors'
import { useAppState, useAppStore } from '../state/store'
import { handleViewKey } from '../state/viewKeys'
import { STAGED_MOUNT_MIN_EVENTS, useStagedMount } from '../ui/useStagedMount'
import { Legend } from './Legend'
import type { Route } from './geometry'
import { resetOnceSvg } from './svgRenderer'
import { useBasemap } from './useBasemap'
import { MAX_FAINT_ROUTES, useFaintRoutes } from './useFaintRoutes'
import { useAreaMarkers } from './useAreaMarkers'
import { prefersReducedMotion, useEventMarkers } from './useEventMarkers'
import { useFitResults } from './useFitResults'
import { useFollowMapView } from './useFollowMapView'
import { CURATED_MAX_BOUNDS, homeBounds, useFollowSelection, WORLD_MAX_BOUNDS } from './useFollowSelection'

/** An optional tile layer, set at build time (VITE_TILE_URL); off by default so the map makes no third-party request. */
const TILE_URL: string | undefined = import.meta.env.VITE_TILE_URL as string | undefined
const TILE_ATTRIBUTION: string = (import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined) ?? ''

function EventMapComponent() {
  const messages = useMessages()
  const [basemapError, setBasemapError] = useState<string | null>(null)
  // A large list is clustered in a worker: how many events it is placing, said while it does.
  const [placing, setPlacing] = useState<number | null>(null)
  const isYourData = useAppState((s) => s.yourData !== null)
  const events = useAppState((s) => s.dataset.events)
  // A large dataset's markers, areas and routes come a task after the list and the empty map (useStagedMount).
  const layersShown = useStagedMount(events.length >= STAGED_MOUNT_MIN_EVENTS)
  const faint = useFaintRoutes(layersShown)
  // Only the first view: MapContainer reads `bounds` once, when it is created.
  const home = useMemo(() => homeBounds(events, isYourData), [events, isYourData])
  // Read once, like every MapContainer option: under prefers-reduced-motion, zooms and fades are instant (theme.css
  // has no transitions then, and Leaflet's animated zoom would wait 250 ms for a transitionend).
  const [animate] = useState(() => !prefersReducedMotion())
  // Routes and circles: projected and drawn once per zoom without animation (svgRenderer.ts).
  const [renderer] = useState(() => resetOnceSvg())
  return (
    <div className="map-wrapper">
      <p id="map-help" className="visually-hidden">
        {messages.mapHelp}
      </p>
      <MapContainer
        className="map-canvas"
        bounds={home}
        minZoom={2}
        maxZoom={10}
        zoomSnap={0.5}
        keyboard={false}
        renderer={renderer}
        zoomAnimation={animate}
        fadeAnimation={animate}
        markerZoomAnimation={animate}
        worldCopyJump={false}
        maxBounds={isYourData ? WORLD_MAX_BOUNDS : CURATED_MAX_BOUNDS}
        attributionControl={Boolean(TILE_URL)}
      >
        {TILE_URL ? <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} /> : null}
        {layersShown ? (
          <MapLayers onBasemapError={setBasemapError} onPlacing={setPlacing} faintRoutes={faint.routes} />
        ) : null}
      </MapContainer>
      {basemapError ? <p className="map-error">Basemap: {basemapError}</p> : null}
      <p className="map-status" role="status">
        {placing === null ? '' : messages.mapSearch.placing(placing)}
      </p>
      <Legend />
      <div className="map-note">
        <p>
          {messages.mapSearch.dimmedHint}
          {faint.hiddenCount > 0 ? ` ${messages.routesHidden(faint.hiddenCount, MAX_FAINT_ROUTES)}` : null}
        </p>
        <ZoomToResults />
      </div>
    </div>
  )
}

/** Memoized: it reads what it needs from the store itself, so a parent's re-render (a selection) skips it. */
export const EventMap = memo(EventMapComponent)

/** While filters or a search narrow the events: fit the map and the timeline to what is left. */
function ZoomToResults() {
  const store = useAppStore()
  const messages = useMessages()
  const isOn = useAppState((s) => isFiltering(s.filters))
  if (!isOn) return null
  return (
    <button
      type="button"
      className="zoom-to-results"
      title={messages.mapSearch.zoomToResultsHint}
      onClick={() => {
        store.getState().fitToResults()
      }}
    >
      {messages.mapSearch.zoomToResults}
    </button>
  )
}

function MapLayers({
  onBasemapError,
  onPlacing,
  faintRoutes,
}: {
  onBasemapError: (message: string) => void
  onPlacing: (events: number | null) => void
  faintRoutes: readonly Route[]
}) {
  const map = useMap()
  const isYourData = useAppState((s) => s.yourData !== null)
  const store = useAppStore()
  const messages = useMessages()
  const lang = useAppState((s) => s.lang)
  useBasemap(map, onBasemapError, isYourData, lang)
  const placing = useEventMarkers(map)
  useEffect(
    function reportPlacing() {
      onPlacing(placing)
      return function stopReporting() {
        onPlacing(null)
      }
    },
    [placing, onPlacing],
  )
  useAreaMarkers(map)
  useFitResults(map)
  useFollowSelection(map, faintRoutes)
  useFollowMapView(map)
  useMapKeyboard(map, store, messages.map, lang)
  return null
}

/** The map container is the single tab stop; arrows move the selection, + and − zoom, Escape clears. */
function useMapKeyboard(
  map: ReturnType<typeof useMap>,
  store: ReturnType<typeof useAppStore>,
  label: string,
  lang: string,
) {
  useEffect(
    function labelMapContainer() {
      const container = map.getContainer()
      container.setAttribute('role', 'application')
      container.setAttribute('aria-label', label)
      container.setAttribute('aria-describedby', 'map-help')
      container.setAttribute('lang', lang)
      container.tabIndex = 0
    },
    [map, label, lang],
  )
  useEffect(
    function handleMapKeys() {
      const container = map.getContainer()
      const handleKeyDown = (event: KeyboardEvent) => {
        const zoom = (direction: 'in' | 'out') => (direction === 'in' ? map.zoomIn() : map.zoomOut())
        if (handleViewKey(event.key, store.getState(), zoom)) event.preventDefault()
      }
      container.addEventListener('keydown', handleKeyDown)
      return function removeMapKeys() {
        container.removeEventListener('keydown', handleKeyDown)
      }
    },
    [map, store],
  )
}
