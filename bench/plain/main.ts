// The plain build the bench measures Frontera against (issue 14): the same data file drawn with the same libraries
// used the ordinary way, as their documentation shows them — a list of every event, a vis-timeline with one item per
// event (its peer build with vis-data, stacked, no lanes; the standalone build injects <style> elements, which the
// production CSP the bench serves with refuses), and Leaflet with Leaflet.markercluster (one marker per place) over
// the same bundled basemap. Nothing is virtualized, indexed, validated or deferred. Selecting an event in any view
// marks it in all three, with the attributes the bench's probes read in the app (data-event-id, data-selected).
import L from './leafletGlobal'
import 'leaflet/dist/leaflet.css'
import 'leaflet.markercluster'
import 'leaflet.markercluster/dist/MarkerCluster.css'
import 'leaflet.markercluster/dist/MarkerCluster.Default.css'
import { DataSet } from 'vis-data/peer'
import { Timeline, type DataItemCollectionType } from 'vis-timeline/peer'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import './plain.css'

type Place = { lat: number; lon: number }
type PlainEvent = {
  id: string
  date: { start: string; end?: string }
  title: Record<string, string>
  places: Place[]
}

const listElement = document.getElementById('list') as HTMLOListElement
const count = document.getElementById('count') as HTMLParagraphElement

const [data, basemap] = await Promise.all([
  fetch('../data/frontera.json').then((response) => response.json() as Promise<{ events: PlainEvent[] }>),
  fetch('../basemap.json').then((response) => response.json() as Promise<GeoJSON.FeatureCollection>),
])
const events = [...data.events].sort((a, b) => a.date.start.localeCompare(b.date.start))
count.textContent = `${events.length} events`

/** The event selected in any of the three views (read by the markers as they are added, so declared first). */
let selectedId: string | null = null

// The list: one row per event.
const rows = new Map<string, HTMLLIElement>()
events.forEach((event, index) => {
  const row = document.createElement('li')
  row.className = 'event-row'
  row.dataset.eventId = event.id
  row.setAttribute('aria-posinset', String(index + 1))
  const title = document.createElement('span')
  title.textContent = event.title.en ?? event.id
  const time = document.createElement('time')
  time.textContent = event.date.start
  row.append(title, time)
  row.addEventListener('click', () => {
    select(event.id)
  })
  rows.set(event.id, row)
  listElement.append(row)
})

// The map: the basemap as GeoJSON, a marker per place in a cluster group. (No tile layer, so maxZoom is given:
// markercluster needs one; the app has no tiles either.)
const map = L.map('map', { maxZoom: 12 })
L.geoJSON(basemap, { style: { color: '#8b8a86', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(
  map,
)
const clusters = L.markerClusterGroup()
const markers = new Map<string, L.Marker[]>()
for (const event of events) {
  for (const place of event.places) {
    const marker = L.marker([place.lat, place.lon], {
      icon: L.divIcon({ className: 'event-marker', iconSize: [14, 14] }),
      title: event.title.en ?? event.id,
    })
    marker.on('add', () => {
      const element = marker.getElement()
      if (!element) return
      element.dataset.eventId = event.id
      if (selectedId === event.id) element.dataset.selected = 'true'
    })
    marker.on('click', () => {
      select(event.id)
    })
    clusters.addLayer(marker)
    markers.set(event.id, [...(markers.get(event.id) ?? []), marker])
  }
}
map.addLayer(clusters)
map.fitBounds(clusters.getBounds())

// The timeline: one item per event, its title as the item's content (an element: text, never HTML).
const contents = new Map<string, HTMLSpanElement>()
const items = new DataSet(
  events.map((event) => {
    const content = document.createElement('span')
    content.dataset.eventId = event.id
    content.textContent = event.title.en ?? event.id
    contents.set(event.id, content)
    return event.date.end
      ? { id: event.id, content, start: event.date.start, end: event.date.end }
      : { id: event.id, content, start: event.date.start }
  }),
)
// (vis-timeline draws an element given as content; its types say only string.)
const timeline = new Timeline(
  document.getElementById('timeline') as HTMLElement,
  items as unknown as DataItemCollectionType,
  {},
)
timeline.on('select', ({ items: selected }: { items: string[] }) => {
  if (selected[0]) select(selected[0])
})

function select(id: string) {
  if (selectedId !== null) {
    delete rows.get(selectedId)?.dataset.selected
    delete contents.get(selectedId)?.dataset.selected
    for (const marker of markers.get(selectedId) ?? []) delete marker.getElement()?.dataset.selected
  }
  selectedId = id
  const row = rows.get(id)
  if (row) {
    row.dataset.selected = 'true'
    row.scrollIntoView({ block: 'nearest' })
  }
  const content = contents.get(id)
  if (content) content.dataset.selected = 'true'
  timeline.setSelection([id])
  timeline.focus(id, { zoom: false })
  const first = markers.get(id)?.[0]
  if (first)
    clusters.zoomToShowLayer(first, () => {
      for (const marker of markers.get(id) ?? []) {
        const element = marker.getElement()
        if (element) element.dataset.selected = 'true'
      }
    })
}
