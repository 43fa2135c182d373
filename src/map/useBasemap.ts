// The offline basemap: country and state boundaries from bundled public-domain data (public/basemap.json, built by
// scripts/build-basemap.ts), drawn quietly (colours in theme.css) in their own pane under the events, with a few text labels.
import L from 'leaflet'
import { useEffect } from 'react'
import { loadBasemap, loadWorldBasemap, type Basemap, type BasemapProps } from './basemapData'
import { nextTask } from '../data/nextTask'
import { mapLabel } from './markerIcons'
import { countryName, isLabelSpot, labelPoint } from './basemapLabels'
import { paneRenderer } from './svgRenderer'

/** Countries labelled at every zoom; other names appear as you zoom in, largest first, never on top of another. */
const ALWAYS_LABELLED = new Set([
  'United States of America',
  'Mexico',
  'Canada',
  'Cuba',
  'Guatemala',
  'Venezuela',
  'Colombia',
])

/** A name on the map. Its marker is made the first time its zoom comes (most are not shown at the first view). */
type Label = {
  point: L.LatLngTuple
  text: string
  kind: 'country' | 'state'
  marker: L.Marker | null
  minZoom: number
  priority: number
  widthPx: number
  heightPx: number
}

/**
 * `withWorld`: also the countries outside the Americas (an imported dataset, which may be anywhere). `lang`: the
 * language of the countries' names (countryName).
 */
export function useBasemap(
  map: L.Map,
  onError: (message: string) => void,
  withWorld = false,
  lang = 'en',
): void {
  useEffect(
    function drawBasemap() {
      let isActive = true
      if (!map.getPane('basemap')) map.createPane('basemap').style.zIndex = '200'
      const group = L.layerGroup().addTo(map)
      const labels = L.layerGroup()
      let placed: Label[] = []
      const updateLabels = () => {
        const zoom = map.getZoom()
        // Greedy, in priority order: a label is shown when its zoom has come and it overlaps no label shown before it.
        // Sizes are estimated from the text (no layout is read); positions are projected, so this runs per zoom only.
        const boxes: { x0: number; y0: number; x1: number; y1: number }[] = []
        for (const label of placed) {
          let show = zoom >= label.minZoom
          if (show) {
            const point = map.latLngToLayerPoint(label.point)
            const box = {
              x0: point.x - label.widthPx / 2 - 4,
              x1: point.x + label.widthPx / 2 + 4,
              y0: point.y - label.heightPx / 2 - 2,
              y1: point.y + label.heightPx / 2 + 2,
            }
            show = !boxes.some(
              (other) => box.x0 < other.x1 && box.x1 > other.x0 && box.y0 < other.y1 && box.y1 > other.y0,
            )
            if (show) boxes.push(box)
          }
          if (show && !label.marker) {
            label.marker = L.marker(label.point, {
              icon: mapLabel(label.text, label.kind),
              interactive: false,
              keyboard: false,
              pane: 'basemap',
            })
            labels.addLayer(label.marker)
          }
          const element = label.marker?.getElement()
          if (element) element.style.display = show ? '' : 'none'
        }
      }
      map.on('zoomend', updateLabels)
      Promise.all([loadBasemap(), withWorld ? loadWorldBasemap() : null])
        .then(async ([americas, world]) => {
          // Fetched early (embedPanes.ts, main.tsx), the file is often there as the map mounts: drawn a task later,
          // the shapes (about 100 ms) do not hold back the frame that shows the markers and the timeline.
          await nextTask()
          if (!isActive) return
          const collection: Basemap = world
            ? { type: 'FeatureCollection', features: [...world.features, ...americas.features] }
            : americas
          // Leaflet hands these options to each shape it makes (geometryToLayer), `renderer` too; its types omit it.
          const shapeOptions: L.PathOptions = {
            pane: 'basemap',
            renderer: paneRenderer(map, 'basemap'),
            interactive: false,
          }
          L.geoJSON<BasemapProps>(collection, {
            ...shapeOptions,
            style: (feature) =>
              feature?.properties.kind === 'state'
                ? { className: 'basemap-state', weight: 0.6, fill: false }
                : { className: 'basemap-country', weight: 1, fillOpacity: 1 },
          }).addTo(group)
          // The names in a task of their own: the boundaries are drawn first, and a frame (the timeline's first
          // draw, as the app starts) need not wait for both.
          await nextTask()
          if (!map.hasLayer(group)) return // the map went away meanwhile (removeBasemap)
          const all: Label[] = []
          for (const feature of collection.features) {
            const { kind, name } = feature.properties
            // Both written by build-basemap.ts; computed here only for a basemap without them (or with them unusable:
            // the file is checked like any other input, and its names only ever reach the page as text).
            const { label, names } = feature.properties as { label?: unknown; names?: unknown }
            const spot = isLabelSpot(label)
              ? { point: [label[0], label[1]] as L.LatLngTuple, area: label[2] }
              : labelPoint(feature)
            if (!spot) continue
            const byLang =
              typeof names === 'object' && names !== null ? (names as Record<string, unknown>) : null
            const written = byLang?.[lang]
            const text =
              kind !== 'country'
                ? name
                : typeof written === 'string'
                  ? written
                  : byLang
                    ? name
                    : countryName(feature.properties, lang)
            const always = kind === 'country' && ALWAYS_LABELLED.has(name)
            all.push({
              point: spot.point,
              text,
              kind,
              marker: null,
              minZoom: always ? 0 : labelMinZoom(kind, spot.area),
              priority: (always ? 1e6 : 0) + (kind === 'country' ? 1e4 : 0) + spot.area,
              widthPx: text.length * (kind === 'country' ? 9 : 6.5),
              heightPx: kind === 'country' ? 15 : 13,
            })
          }
          placed = all.sort((a, b) => b.priority - a.priority)
          labels.addTo(group)
          updateLabels()
        })
        .catch((error: unknown) => {
          if (isActive) onError(error instanceof Error ? error.message : String(error))
        })
      return function removeBasemap() {
        isActive = false
        map.off('zoomend', updateLabels)
        group.remove()
      }
    },
    [map, onError, withWorld, lang],
  )
}

/** The zoom from which a name may be shown: states from 5, small countries and islands only close up. */
export function labelMinZoom(kind: 'country' | 'state', areaDeg2: number): number {
  if (kind === 'state') return areaDeg2 >= 4 ? 5 : 6
  return areaDeg2 >= 150 ? 3 : areaDeg2 >= 20 ? 4 : areaDeg2 >= 2 ? 5 : 7
}
