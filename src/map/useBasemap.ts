// The offline basemap: country and state boundaries from bundled public-domain data (public/basemap.json, built by
// scripts/build-basemap.ts), drawn quietly (colours in theme.css) in their own pane under the events, with a few text labels.
import L from 'leaflet'
import { useEffect } from 'react'
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson'
import { mapLabel } from './markerIcons'

type BasemapProps = { kind: 'country' | 'state'; name: string; country?: string }

const BASEMAP_URL = 'basemap.json'
/** Countries labelled at every zoom; other names appear as you zoom in. */
const ALWAYS_LABELLED = new Set([
  'United States of America',
  'Mexico',
  'Canada',
  'Cuba',
  'Guatemala',
  'Venezuela',
  'Colombia',
])

export function useBasemap(map: L.Map, onError: (message: string) => void): void {
  useEffect(
    function drawBasemap() {
      const controller = new AbortController()
      map.createPane('basemap').style.zIndex = '200'
      const group = L.layerGroup().addTo(map)
      const labels = L.layerGroup()
      const labelMinZoom = new Map<L.Marker, number>()
      const updateLabels = () => {
        const zoom = map.getZoom()
        for (const [marker, minZoom] of labelMinZoom) {
          const element = marker.getElement()
          if (element) element.style.display = zoom >= minZoom ? '' : 'none'
        }
      }
      map.on('zoomend', updateLabels)
      fetch(new URL(BASEMAP_URL, document.baseURI), { signal: controller.signal })
        .then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`)
          return response.json() as Promise<FeatureCollection<Geometry, BasemapProps>>
        })
        .then((collection) => {
          L.geoJSON<BasemapProps>(collection, {
            pane: 'basemap',
            interactive: false,
            style: (feature) =>
              feature?.properties.kind === 'state'
                ? { className: 'basemap-state', weight: 0.6, fill: false }
                : { className: 'basemap-country', weight: 1, fillOpacity: 1 },
          }).addTo(group)
          for (const feature of collection.features) {
            const point = labelPoint(feature)
            if (!point) continue
            const marker = L.marker(point, {
              icon: mapLabel(shortName(feature.properties.name), feature.properties.kind),
              interactive: false,
              keyboard: false,
              pane: 'basemap',
            })
            labelMinZoom.set(
              marker,
              feature.properties.kind === 'state' ? 5 : ALWAYS_LABELLED.has(feature.properties.name) ? 0 : 4,
            )
            labels.addLayer(marker)
          }
          labels.addTo(group)
          updateLabels()
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) onError(error instanceof Error ? error.message : String(error))
        })
      return function removeBasemap() {
        controller.abort()
        map.off('zoomend', updateLabels)
        group.remove()
      }
    },
    [map, onError],
  )
}

function shortName(name: string): string {
  return name === 'United States of America' ? 'United States' : name
}

/** The centre of the bounding box of the feature's largest ring: good enough for a label. */
function labelPoint(feature: Feature<Geometry, BasemapProps>): L.LatLngTuple | null {
  const rings: Position[][] =
    feature.geometry.type === 'Polygon'
      ? feature.geometry.coordinates
      : feature.geometry.type === 'MultiPolygon'
        ? feature.geometry.coordinates.map((polygon) => polygon[0] ?? [])
        : []
  let best: { area: number; point: L.LatLngTuple } | null = null
  for (const ring of rings) {
    let minLon = Infinity
    let maxLon = -Infinity
    let minLat = Infinity
    let maxLat = -Infinity
    for (const [lon = 0, lat = 0] of ring) {
      minLon = Math.min(minLon, lon)
      maxLon = Math.max(maxLon, lon)
      minLat = Math.min(minLat, lat)
      maxLat = Math.max(maxLat, lat)
    }
    const area = (maxLon - minLon) * (maxLat - minLat)
    if (Number.isFinite(area) && (!best || area > best.area))
      best = { area, point: [(minLat + maxLat) / 2, (minLon + maxLon) / 2] }
  }
  return best?.point ?? null
}
