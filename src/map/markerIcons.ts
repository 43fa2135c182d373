/** DOM for map markers, built with the DOM API: data never becomes an HTML string (Leaflet would parse it). */
import L from 'leaflet'
import { categoryStyle, SHAPES } from '../ui/categoryStyle'

const SVG_NS = 'http://www.w3.org/2000/svg'

export function eventIcon(options: {
  eventId: string
  categoryId: string
  precision: string
  label: string
  isSelected: boolean
  isHovered: boolean
  isDimmed: boolean
}): L.DivIcon {
  const style = categoryStyle(options.categoryId)
  const sizePx = options.isSelected ? 30 : 22
  const element = document.createElement('span')
  element.className = [
    'event-marker',
    `precision-${options.precision}`,
    options.isSelected ? 'is-selected' : '',
    options.isHovered ? 'is-hovered' : '',
    options.isDimmed ? 'is-dimmed' : '',
  ]
    .filter(Boolean)
    .join(' ')
  element.dataset.eventId = options.eventId
  if (options.isSelected) element.dataset.selected = 'true'
  element.title = options.label
  const svg = document.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('viewBox', '0 0 16 16')
  svg.setAttribute('width', String(sizePx))
  svg.setAttribute('height', String(sizePx))
  svg.setAttribute('aria-hidden', 'true')
  const path = document.createElementNS(SVG_NS, 'path')
  path.setAttribute('d', SHAPES[style.shape])
  path.setAttribute('fill', style.color)
  path.setAttribute('stroke', '#fff')
  path.setAttribute('stroke-width', '1.2')
  svg.appendChild(path)
  element.appendChild(svg)
  return L.divIcon({
    html: element,
    className: 'event-marker-wrapper',
    iconSize: [sizePx, sizePx],
    iconAnchor: [sizePx / 2, sizePx / 2],
  })
}

/**
 * A cluster: the number of distinct events inside the time window, with those outside it counted apart (a small
 * grey "+N"), or a grey bubble when all are outside. Its accessible name says "N events".
 */
export function clusterIcon(
  inWindow: number,
  outside: number,
  label: string,
  eventIds: readonly string[] | null,
): L.DivIcon {
  const main = inWindow > 0 ? inWindow : outside
  const sizePx = main < 10 ? 30 : main < 100 ? 36 : main < 1000 ? 42 : 50
  const element = document.createElement('span')
  element.className = `cluster-marker${inWindow === 0 ? ' is-dimmed' : ''}`
  element.title = label
  element.setAttribute('role', 'img')
  element.setAttribute('aria-label', label)
  element.dataset.inWindow = String(inWindow)
  element.dataset.outside = String(outside)
  if (eventIds) element.dataset.eventIds = eventIds.join(' ')
  element.textContent = shortCount(main)
  if (inWindow > 0 && outside > 0) {
    const extra = document.createElement('span')
    extra.className = 'cluster-outside'
    extra.setAttribute('aria-hidden', 'true')
    extra.textContent = `+${shortCount(outside)}`
    element.appendChild(extra)
  }
  return L.divIcon({
    html: element,
    className: 'cluster-marker-wrapper',
    iconSize: [sizePx, sizePx],
    iconAnchor: [sizePx / 2, sizePx / 2],
  })
}

function shortCount(count: number): string {
  return count >= 10_000 ? `${Math.round(count / 1000)}k` : String(count)
}

export type AreaBadgeOptions = {
  name: string
  note: string | null
  inWindow: number
  outside: number
  label: string
  eventIds: readonly string[]
  selectedId: string | null
  precision: string
}

/**
 * A badge for places known only to a country, a state or a region (a sea): the place's name, "nationwide" for a
 * country, and the number of events, drawn on the area instead of a pin at its centre.
 */
export function areaBadgeIcon(options: AreaBadgeOptions): L.DivIcon {
  const element = document.createElement('span')
  fillAreaBadge(element, options)
  return L.divIcon({
    html: element,
    className: 'area-badge-wrapper',
    // CSS sizes and centres the badge (as for the basemap labels).
    iconSize: null as unknown as L.PointExpression,
  })
}

/**
 * Writes a badge's classes, names, numbers and contents: into a new badge, or over a drawn one when only its counts
 * or the selection changed (a time window's change: useAreaMarkers keeps its badges).
 */
export function fillAreaBadge(element: HTMLElement, options: AreaBadgeOptions): void {
  element.className = ['area-badge', `area-${options.precision}`, options.inWindow === 0 ? 'is-dimmed' : '']
    .filter(Boolean)
    .join(' ')
  element.title = options.label
  element.setAttribute('role', 'img')
  element.setAttribute('aria-label', options.label)
  element.dataset.eventIds = options.eventIds.join(' ')
  element.dataset.inWindow = String(options.inWindow)
  element.dataset.outside = String(options.outside)
  // One event behind the badge: it is that event's element (and carries the selection like a marker does).
  if (options.eventIds.length === 1) element.dataset.eventId = options.eventIds[0]
  else delete element.dataset.eventId
  markSelection(element, options.selectedId !== null && options.eventIds.includes(options.selectedId))
  const name = document.createElement('span')
  name.className = 'area-badge-name'
  name.textContent = options.note ? `${options.name} · ${options.note}` : options.name
  const count = document.createElement('span')
  count.className = 'area-badge-count'
  count.textContent =
    options.inWindow > 0 && options.outside > 0
      ? `${shortCount(options.inWindow)} +${shortCount(options.outside)}`
      : shortCount(options.inWindow > 0 ? options.inWindow : options.outside)
  element.replaceChildren(name, count)
}

/** A drawn marker's or badge's selection, set in place: its class and `data-selected`, as the browser tests read it. */
export function markSelection(element: HTMLElement, isSelected: boolean): void {
  element.classList.toggle('is-selected', isSelected)
  if (isSelected) element.dataset.selected = 'true'
  else delete element.dataset.selected
}

export function mapLabel(text: string, kind: 'country' | 'state'): L.DivIcon {
  const element = document.createElement('span')
  element.className = `map-label map-label-${kind}`
  element.textContent = text
  // iconSize null lets CSS size the label: L.point(null) is null, and Leaflet then sets no width or height.
  return L.divIcon({
    html: element,
    className: 'map-label-wrapper',
    iconSize: null as unknown as L.PointExpression,
  })
}

/**
 * The selected event's place when it is an area (a country, a state, a sea): a labelled badge with the selection
 * ring, not a pin at the area's centre. It is the event's map element (data-event-id, data-selected).
 */
export function selectedAreaIcon(options: {
  eventId: string
  /** Which of the event's places it is (the map moves the badge inside that area when it would cover a cluster). */
  placeIndex: number
  name: string
  note: string | null
  precision: string
  label: string
}): L.DivIcon {
  const element = document.createElement('span')
  element.className = `event-marker area-badge area-${options.precision} is-selected`
  element.dataset.eventId = options.eventId
  element.dataset.placeIndex = String(options.placeIndex)
  element.dataset.selected = 'true'
  element.title = options.label
  const name = document.createElement('span')
  name.className = 'area-badge-name'
  name.textContent = options.note ? `${options.name} · ${options.note}` : options.name
  element.appendChild(name)
  return L.divIcon({
    html: element,
    className: 'area-badge-wrapper',
    iconSize: null as unknown as L.PointExpression,
  })
}
