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
  // Looked up by category, then by each end as one number (pointKey), never by a string built per route: at 100,000
  // events (10,618 distinct routes, counted to say how many are hidden) a key string per route took 25–50 ms a call
  // in Node, part of the map's first render after the data loaded.
  const routes: Route[] = []
  const byCategory = new Map<string, Map<number, Map<number, Route>>>()
  for (const event of events) {
    const { places } = event
    // Most events have no origin, hence no route: passed over without listing anything (at 100,000 events, about
    // half of this function's time went to listing the places of events without a route).
    if (!hasOrigin(places)) continue
    let byFrom = byCategory.get(event.category)
    if (!byFrom) byCategory.set(event.category, (byFrom = new Map<number, Map<number, Route>>()))
    // The pairs in routesOf's order: each origin, then each destination.
    for (let originIndex = 0; originIndex < places.length; originIndex++) {
      const origin = places[originIndex]
      if (origin?.role !== 'origin') continue
      const fromKey = pointKey(origin.lat, origin.lon)
      let byTo = byFrom.get(fromKey)
      if (!byTo) byFrom.set(fromKey, (byTo = new Map<number, Route>()))
      for (let destinationIndex = 0; destinationIndex < places.length; destinationIndex++) {
        const destination = places[destinationIndex]
        if (destination?.role !== 'destination') continue
        const toKey = pointKey(destination.lat, destination.lon)
        const existing = byTo.get(toKey)
        if (existing) {
          existing.events++
          continue
        }
        const route: Route = {
          from: [origin.lat, origin.lon],
          to: [destination.lat, destination.lon],
          categoryId: event.category,
          events: 1,
        }
        byTo.set(toKey, route)
        routes.push(route)
      }
    }
  }
  return routes
}

/**
 * A position to about 100 m (thousandths of a degree) as one number: latitude and longitude shifted to be positive
 * and packed (under 2^36, exact in a double). Validated places lie within ±90° and ±180°.
 */
function pointKey(lat: number, lon: number): number {
  return (Math.round(lat * 1000) + 90_000) * 360_001 + (Math.round(lon * 1000) + 180_000)
}

function hasOrigin(places: readonly RawPlace[]): boolean {
  // Indexed: it runs for every event in the window at every move of the window, and an iterator allocates until
  // the function is optimized (0.4–0.6 MB of a 10,000-event pan and zoom, sampled).
  for (let index = 0; index < places.length; index++) if (places[index]?.role === 'origin') return true
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
    // Indexed reads, not destructuring: this runs for every vertex of a country each time a badge looks for a spot
    // inside it (useAreaMarkers), and array destructuring goes through the iterator protocol.
    let previous = ring[ring.length - 1]
    for (let i = 0; i < ring.length; i++) {
      const point = ring[i]
      if (!point || !previous) {
        previous = point
        continue
      }
      const xi = point[0] ?? 0
      const yi = point[1] ?? 0
      const xj = previous[0] ?? 0
      const yj = previous[1] ?? 0
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside
      previous = point
    }
  }
  return inside
}

/**
 * A polygon's rings prepared for many point tests: its box, and its edges sorted into horizontal bands, so that a test
 * reads only the edges that cross its latitude (a handful, not the hundreds of a country's outline).
 */
export type IndexedRings = {
  west: number
  south: number
  east: number
  north: number
  bandHeight: number
  /** Per band, its edges as [x1, y1, x2, y2, …]. */
  bands: number[][]
}

export function indexRings(rings: readonly (readonly (readonly number[])[])[]): IndexedRings {
  let west = Infinity
  let south = Infinity
  let east = -Infinity
  let north = -Infinity
  let edges = 0
  for (const ring of rings) {
    edges += ring.length
    for (const point of ring) {
      const x = point[0] ?? 0
      const y = point[1] ?? 0
      if (x < west) west = x
      if (x > east) east = x
      if (y < south) south = y
      if (y > north) north = y
    }
  }
  const count = Math.max(1, Math.min(256, Math.ceil(edges / 8)))
  const bandHeight = (north - south) / count || 1
  const bands: number[][] = Array.from({ length: count }, () => [])
  const bandOf = (y: number) => Math.min(count - 1, Math.max(0, Math.floor((y - south) / bandHeight)))
  for (const ring of rings) {
    let previous = ring[ring.length - 1]
    for (const point of ring) {
      if (previous) {
        const x1 = previous[0] ?? 0
        const y1 = previous[1] ?? 0
        const x2 = point[0] ?? 0
        const y2 = point[1] ?? 0
        for (let band = bandOf(Math.min(y1, y2)); band <= bandOf(Math.max(y1, y2)); band++)
          bands[band]?.push(x1, y1, x2, y2)
      }
      previous = point
    }
  }
  return { west, south, east, north, bandHeight, bands }
}

/** isInRings on prepared rings: the same answer, reading only the edges in the point's band. */
export function isInIndexedRings(index: IndexedRings, lon: number, lat: number): boolean {
  if (lon < index.west || lon > index.east || lat < index.south || lat > index.north) return false
  const band =
    index.bands[Math.min(index.bands.length - 1, Math.floor((lat - index.south) / index.bandHeight))]
  if (!band) return false
  let inside = false
  for (let i = 0; i < band.length; i += 4) {
    const x1 = band[i] ?? 0
    const y1 = band[i + 1] ?? 0
    const x2 = band[i + 2] ?? 0
    const y2 = band[i + 3] ?? 0
    if (y1 > lat !== y2 > lat && lon < ((x1 - x2) * (lat - y2)) / (y1 - y2) + x2) inside = !inside
  }
  return inside
}
