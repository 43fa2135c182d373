/**
 * The social card of an event (og:image, 1200×630): the bundled basemap (public-domain boundaries, the same
 * basemap.json the app draws) around the event's places, each marked with its category's shape and colour as on the
 * app's map (a dashed ring where the place is known only to a state, region or country, curved routes from origin to
 * destinations), and a band in the category's colour. No text, so no font is needed and the card looks the same on
 * every machine; the page's title and description travel in og:title and og:description.
 *
 * cardSvg() is pure (the SVG is built with the escaping builder of scripts/html.ts); renderCardPng() rasterizes it
 * with resvg (@resvg/resvg-js, a native build shipped in the npm package), with no network and no system fonts.
 */
import { Resvg } from '@resvg/resvg-js'
import type { EventRecord } from '../src/data/types'
import { fitProjection, ringsToPath, type Projection } from '../src/print/handout'
import { categoryStyle, SHAPES } from '../src/ui/categoryStyle'
import { CARD_HEIGHT, CARD_WIDTH } from './eventPage'
import { h, render, type Element } from './html'

type Position = readonly number[]
type Rings = readonly (readonly Position[])[]
export type Basemap = {
  features: readonly {
    properties: { kind: 'country' | 'state' }
    geometry:
      { type: 'Polygon'; coordinates: Rings } | { type: 'MultiPolygon'; coordinates: readonly Rings[] }
  }[]
}

/** The app's light map colours (src/ui/theme.css). */
const SEA = '#dce6ec'
const LAND = '#f4f1ea'
const COUNTRY_LINE = '#8b8a86'
const STATE_LINE = '#b9b6ad'
const MARKER_SCALE = 3.25
const BAND = 20
const EXACT = new Set(['point', 'city'])

/** The projection and the card's box in its coordinates (the viewBox: it may reach past the projection's box). */
type View = { projection: Projection; left: number; top: number }

/**
 * The event's places fitted into the card: fitProjection's padded box, which is 0.45–0.7 times as tall as wide, made
 * narrower when it is taller than the card (0.525), then centred in the card.
 */
function cardView(event: EventRecord): View {
  let projection = fitProjection(event.places, CARD_WIDTH)
  if (projection.height > CARD_HEIGHT)
    projection = fitProjection(event.places, (CARD_WIDTH * CARD_HEIGHT) / projection.height)
  return {
    projection,
    left: Math.round((projection.width - CARD_WIDTH) / 2),
    top: Math.round((projection.height - CARD_HEIGHT) / 2),
  }
}

export function cardSvg(event: EventRecord, basemap: Basemap): string {
  const view = cardView(event)
  const style = categoryStyle(event.category)
  const { countries, states } = drawBasemap(basemap, view)
  const points = event.places.map((place) => ({ place, xy: view.projection.project(place) }))
  const origin = points.find(({ place }) => place.role === 'origin')
  const routes = origin
    ? points
        .filter(({ place }) => place.role === 'destination')
        .map(({ xy }) =>
          h('path', {
            d: curve(origin.xy, xy),
            fill: 'none',
            stroke: style.color,
            'stroke-width': 4,
            'stroke-opacity': 0.75,
          }),
        )
    : []
  const size = 16 * MARKER_SCALE
  const markers = points.map(({ place, xy: [x, y] }) =>
    h(
      'g',
      {},
      EXACT.has(place.precision)
        ? null
        : h('circle', {
            cx: x,
            cy: y,
            r: 46,
            fill: style.color,
            'fill-opacity': 0.18,
            stroke: '#333333',
            'stroke-width': 3,
            'stroke-dasharray': '10 7',
          }),
      h('path', {
        d: SHAPES[style.shape],
        transform: `translate(${x - size / 2} ${y - size / 2}) scale(${MARKER_SCALE})`,
        fill: style.color,
        stroke: '#ffffff',
        'stroke-width': 1,
      }),
    ),
  )
  const svg: Element = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      viewBox: `${view.left} ${view.top} ${CARD_WIDTH} ${CARD_HEIGHT}`,
    },
    h('rect', { x: view.left, y: view.top, width: CARD_WIDTH, height: CARD_HEIGHT, fill: SEA }),
    h('path', {
      d: countries,
      fill: LAND,
      stroke: COUNTRY_LINE,
      'stroke-width': 1.5,
      'stroke-linejoin': 'round',
    }),
    h('path', { d: states, fill: 'none', stroke: STATE_LINE, 'stroke-width': 1, 'stroke-linejoin': 'round' }),
    routes,
    markers,
    h('rect', {
      x: view.left,
      y: view.top + CARD_HEIGHT - BAND,
      width: CARD_WIDTH,
      height: BAND,
      fill: style.color,
    }),
  )
  return render(svg)
}

export function renderCardPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { loadSystemFonts: false },
    background: SEA,
  })
  return resvg.render().asPng()
}

/** A gentle arc from origin to destination, like the app's routes. */
function curve([x1, y1]: [number, number], [x2, y2]: [number, number]): string {
  const mx = (x1 + x2) / 2
  const my = (y1 + y2) / 2
  const bend = 0.2
  const cx = mx - (y2 - y1) * bend
  const cy = my + (x2 - x1) * bend
  return `M${x1} ${y1}Q${round(cx)} ${round(cy)} ${x2} ${y2}`
}

function drawBasemap(basemap: Basemap, view: View): { countries: string; states: string } {
  let countries = ''
  let states = ''
  for (const feature of basemap.features) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
    for (const rings of polygons) {
      if (!touchesView(rings, view)) continue
      const path = ringsToPath(rings, view.projection)
      if (feature.properties.kind === 'state') states += path
      else countries += path
    }
  }
  return { countries, states }
}

/** Whether the polygon's bounding box meets the card, so far-away polygons are left out. */
function touchesView(rings: Rings, { projection, left, top }: View): boolean {
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  for (const position of rings[0] ?? []) {
    const [x, y] = projection.project({ lon: position[0] ?? 0, lat: position[1] ?? 0 })
    minX = Math.min(minX, x)
    maxX = Math.max(maxX, x)
    minY = Math.min(minY, y)
    maxY = Math.max(maxY, y)
  }
  return maxX >= left && minX <= left + CARD_WIDTH && maxY >= top && minY <= top + CARD_HEIGHT
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
