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

export function clusterIcon(count: number, label: string): L.DivIcon {
  const sizePx = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 50
  const element = document.createElement('span')
  element.className = 'cluster-marker'
  element.title = label
  element.textContent = count >= 10_000 ? `${Math.round(count / 1000)}k` : String(count)
  return L.divIcon({
    html: element,
    className: 'cluster-marker-wrapper',
    iconSize: [sizePx, sizePx],
    iconAnchor: [sizePx / 2, sizePx / 2],
  })
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
