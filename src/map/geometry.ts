/** Pure map geometry: arcs between places and halo radii for imprecise places. No Leaflet here. */
import type { RawPlace } from '../data/schema'

export type LatLon = [lat: number, lon: number]

/** A gentle curve from `from` to `to` (quadratic Bézier bowed to the left of travel), as `steps + 1` points. */
export function arcPoints(from: LatLon, to: LatLon, steps = 24): LatLon[] {
  const [lat1, lon1] = from
  const [lat2, lon2] = to
  const midLat = (lat1 + lat2) / 2
  const midLon = (lon1 + lon2) / 2
  const bow = 0.2
  const controlLat = midLat + (lon2 - lon1) * bow
  const controlLon = midLon - (lat2 - lat1) * bow
  const points: LatLon[] = []
  for (let step = 0; step <= steps; step++) {
    const t = step / steps
    const a = (1 - t) * (1 - t)
    const b = 2 * (1 - t) * t
    const c = t * t
    points.push([a * lat1 + b * controlLat + c * lat2, a * lon1 + b * controlLon + c * lon2])
  }
  return points
}

/** How far (metres) a place's position may be from the truth, drawn as a halo instead of an exact pin. */
export function haloRadiusM(precision: RawPlace['precision']): number {
  switch (precision) {
    case 'point':
      return 0
    case 'city':
      return 15_000
    case 'state':
      return 180_000
    case 'region':
      return 450_000
    case 'country':
      return 700_000
  }
}

/** Origin → destination pairs of an event's places (prisoner transfers, flights). */
export function routesOf(places: readonly RawPlace[]): [LatLon, LatLon][] {
  const origins = places.filter((place) => place.role === 'origin')
  const destinations = places.filter((place) => place.role === 'destination')
  return origins.flatMap((origin) =>
    destinations.map((destination): [LatLon, LatLon] => [
      [origin.lat, origin.lon],
      [destination.lat, destination.lon],
    ]),
  )
}

export type Route = { from: LatLon; to: LatLon; categoryId: string; events: number }

/**
 * The routes of many events, each origin → destination pair drawn once per category (many transfers share the same
 * airports; a line per event would stack identical curves and cost a path each). Coordinates are compared to about
 * 100 m. Order: first appearance.
 */
export function distinctRoutes(
  events: readonly { category: string; places: readonly RawPlace[] }[],
): Route[] {
  const byKey = new Map<string, Route>()
  const round = (value: number) => Math.round(value * 1000)
  for (const event of events) {
    // Most events have no origin, hence no route: passed over without listing anything (at 100,000 events, about
    // half of this function's time went to listing the places of events without a route).
    if (!hasOrigin(event.places)) continue
    for (const [from, to] of routesOf(event.places)) {
      const key = `${event.category}|${round(from[0])},${round(from[1])}|${round(to[0])},${round(to[1])}`
      const existing = byKey.get(key)
      if (existing) existing.events++
      else byKey.set(key, { from, to, categoryId: event.category, events: 1 })
    }
  }
  return [...byKey.values()]
}

function hasOrigin(places: readonly RawPlace[]): boolean {
  for (const place of places) if (place.role === 'origin') return true
  return false
}

/** Places known only to a country, a state or a region: drawn as areas or badges, never as a pin at their centre. */
export function isAreaPlace(place: Pick<RawPlace, 'precision'>): boolean {
  return place.precision === 'country' || place.precision === 'state' || place.precision === 'region'
}

/**
 * Which of an event's places the map shows as markers or badges: every place, except the destinations of an event
 * with an origin (a transfer is one origin marker with its routes, not a marker per destination).
 */
export function shownPlaceIndices(places: readonly Pick<RawPlace, 'role'>[]): number[] {
  const hasOrigin = places.some((place) => place.role === 'origin')
  const indices: number[] = []
  places.forEach((place, index) => {
    if (!(hasOrigin && place.role === 'destination')) indices.push(index)
  })
  return indices
}

/** True when the point lies inside the polygon rings (GeoJSON order [lon, lat]; holes by the even-odd rule). */
export function isInRings(
  lon: number,
  lat: number,
  rings: readonly (readonly (readonly number[])[])[],
): boolean {
  let inside = false
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? []
      const [xj = 0, yj = 0] = ring[j] ?? []
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside
    }
  }
  return inside
}
