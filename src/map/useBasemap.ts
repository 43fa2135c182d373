// The offline basemap: country and state boundaries from bundled public-domain data (public/basemap.json, built by
// scripts/build-basemap.ts), drawn quietly (colours in theme.css) in their own pane under the events, with a few text labels.
import L from 'leaflet'
import { useEffect } from 'react'
import { loadBasemap, loadWorldBasemap, type Basemap, type BasemapProps } from './basemapData'
import { nextTask } from '../data/nextTask'
import { mapLabel } from './markerIcons'
import { countryName, isLabelSpot, labelPoint } from './basemapLabels'
import { keepProjection, paneRenderer } from './svgRenderer'
import { boxesOverlap, MARKERS_PLACED, type Box, type MarkersPlacedEvent } from './markersPlaced'

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
  /** As drawn (labelMeasurer). */
  widthPx: number
  heightPx: number
  /** How far below its spot it is drawn now (px; negative: above), or null while it is not shown. */
  shownShift: number | null
}

/** Above the boundaries' SVG (z-index auto) at any y a name can have. */
const LABEL_Z_OFFSET = 1_000_000

/** Where a name under a marker may go instead: below it, above it, then further (multiples of its height). */
const LABEL_SHIFTS = [0, 1.2, -1.2, 2.4, -2.4]

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
      // What is drawn above the names (clusters, pins, badges), in layer points, and the zoom it was placed for.
      let taken: Box[] = []
      let takenZoom: number | null = null
      const updateLabels = () => {
        const zoom = map.getZoom()
        const current = takenZoom === zoom ? taken : []
        // Greedy, in priority order: a label is shown when its zoom has come and it overlaps no label shown before it.
        // One whose spot is under a marker, or that the map's edge cuts, moves below or above it if there it is clear
        // of everything and whole.
        // Positions are projected (no layout is read). Runs each time the markers are placed (after every move: the
        // end of a zoom too) and once the names are made.
        const boxes: Box[] = []
        // The map's view, in layer points, widened by a name's margins: a name half over its edge is cut ("COL").
        const origin = map.containerPointToLayerPoint([0, 0])
        const size = map.getSize()
        const view = {
          left: origin.x - 4,
          top: origin.y - 2,
          right: origin.x + size.x + 4,
          bottom: origin.y + size.y + 2,
        }
        const isCut = (box: Box) =>
          boxesOverlap(box, view, 0) &&
          (box.left < view.left || box.right > view.right || box.top < view.top || box.bottom > view.bottom)
        for (const label of placed) {
          let shift: number | null = null
          if (zoom >= label.minZoom) {
            const point = map.latLngToLayerPoint(label.point)
            const at = (dy: number): Box => ({
              left: point.x - label.widthPx / 2 - 4,
              right: point.x + label.widthPx / 2 + 4,
              top: point.y + dy - label.heightPx / 2 - 2,
              bottom: point.y + dy + label.heightPx / 2 + 2,
            })
            const isClear = (box: Box, of: readonly Box[]) => !of.some((other) => boxesOverlap(box, other, 0))
            if (isClear(at(0), boxes)) {
              for (const factor of LABEL_SHIFTS) {
                const box = at(factor * label.heightPx)
                if (!isCut(box) && isClear(box, current) && isClear(box, boxes)) {
                  boxes.push(box)
                  shift = factor * label.heightPx
                  break
                }
              }
            }
          }
          if (shift !== null && !label.marker) {
            label.marker = L.marker(label.point, {
              icon: mapLabel(label.text, label.kind),
              interactive: false,
              keyboard: false,
              pane: 'basemap',
              // Leaflet stacks a marker by its y (z-index = y + offset): a name north of the layer's origin had a
              // negative one, under the boundaries' SVG in the same pane, and its country's land hid it.
              zIndexOffset: LABEL_Z_OFFSET,
            })
            labels.addLayer(label.marker)
          }
          const element = label.marker?.getElement()
          // Only what changed is written: each write would have the browser restyle the name.
          if (element && shift !== label.shownShift) {
            if ((shift === null) !== (label.shownShift === null))
              element.style.display = shift === null ? 'none' : ''
            const text = element.firstElementChild as HTMLElement | null
            if (text && shift !== null) text.style.translate = shift ? `0 ${Math.round(shift)}px` : ''
            label.shownShift = shift
          }
        }
        // The zoom the names were last placed around the markers for: a condition for tests to wait on.
        if (placed.length > 0 && takenZoom === zoom) map.getContainer().dataset.mapLabelsZoom = String(zoom)
      }
      const onMarkersPlaced = (event: L.LeafletEvent) => {
        taken = (event as L.LeafletEvent & MarkersPlacedEvent).boxes
        takenZoom = map.getZoom()
        updateLabels()
      }
      const onZoomStart = () => {
        takenZoom = null
        delete map.getContainer().dataset.mapLabelsZoom
      }
      map.on(MARKERS_PLACED, onMarkersPlaced)
      map.on('zoomstart', onZoomStart)
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
            // Each zoom projects the shapes again from numbers they keep (svgRenderer.ts).
            onEachFeature: (_feature, layer) => {
              keepProjection(layer)
            },
          }).addTo(group)
          // The names in a task of their own: the boundaries are drawn first, and a frame (the timeline's first
          // draw, as the app starts) need not wait for both.
          await nextTask()
          if (!map.hasLayer(group)) return // the map went away meanwhile (removeBasemap)
          const all: Label[] = []
          const measure = labelMeasurer(map.getPane('basemap') ?? map.getContainer())
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
            const size = measure(text, kind)
            all.push({
              point: spot.point,
              text,
              kind,
              marker: null,
              minZoom: always ? 0 : labelMinZoom(kind, spot.area),
              priority: (always ? 1e6 : 0) + (kind === 'country' ? 1e4 : 0) + spot.area,
              widthPx: size.width,
              heightPx: size.height,
              shownShift: null,
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
        map.off(MARKERS_PLACED, onMarkersPlaced)
        map.off('zoomstart', onZoomStart)
        group.remove()
      }
    },
    [map, onError, withWorld, lang],
  )
}

/**
 * Sizes names as the page draws them: their text in the labels' own computed font (`.map-label-country`,
 * `.map-label-state`, read once per kind from a hidden probe), measured on a canvas, which lays out nothing. Reading a
 * shown label's size instead forced a layout of the page after each zoom.
 */
function labelMeasurer(
  pane: HTMLElement,
): (text: string, kind: Label['kind']) => { width: number; height: number } {
  const context = document.createElement('canvas').getContext('2d')
  const fonts = new Map<Label['kind'], { font: string; spacing: number; upper: boolean; height: number }>()
  const fontOf = (kind: Label['kind']) => {
    let font = fonts.get(kind)
    if (!font) {
      const probe = document.createElement('span')
      probe.className = `map-label map-label-${kind}`
      probe.style.display = 'none'
      pane.appendChild(probe)
      const style = getComputedStyle(probe)
      const size = Number.parseFloat(style.fontSize) || 12
      font = {
        font: `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`,
        spacing: Number.parseFloat(style.letterSpacing) || 0,
        upper: style.textTransform === 'uppercase',
        // A line's height: 'normal' is about 1.5 font sizes in the fonts here (19 px for 12.8 px).
        height: Math.ceil(Number.parseFloat(style.lineHeight) || size * 1.5),
      }
      probe.remove()
      fonts.set(kind, font)
    }
    return font
  }
  return (text, kind) => {
    const font = fontOf(kind)
    const shown = font.upper ? text.toLocaleUpperCase() : text
    if (!context) return { width: shown.length * font.height * 0.5, height: font.height }
    context.font = font.font
    return {
      width: Math.ceil(context.measureText(shown).width + font.spacing * shown.length),
      height: font.height,
    }
  }
}

/** The zoom from which a name may be shown: states from 5, small countries and islands only close up. */
export function labelMinZoom(kind: 'country' | 'state', areaDeg2: number): number {
  if (kind === 'state') return areaDeg2 >= 4 ? 5 : 6
  return areaDeg2 >= 150 ? 3 : areaDeg2 >= 20 ? 4 : areaDeg2 >= 2 ? 5 : 7
}
