/**
 * One point per event: GeoJSON and KML give [lon, lat(, alt)]. A line is reduced to its first point (where a track
 * starts, and where its first time belongs), a polygon to the centre of its outer ring's bounding box, a collection
 * to its first member; the report says so each time.
 */
export type PointOf = { lon: unknown; lat: unknown; reduced?: string } | undefined

type Geometry = { type?: unknown; coordinates?: unknown; geometries?: unknown }

export function pointOfGeometry(geometry: unknown): PointOf {
  if (typeof geometry !== 'object' || geometry === null) return undefined
  const g = geometry as Geometry
  const coords = g.coordinates
  switch (g.type) {
    case 'Point':
      return pair(coords)
    case 'MultiPoint':
    case 'LineString': {
      const list = Array.isArray(coords) ? coords : []
      const first = pair(list[0])
      if (!first) return undefined
      return list.length > 1
        ? {
            ...first,
            reduced: `a ${g.type === 'LineString' ? 'line' : 'set'} of ${list.length} points was reduced to its first point`,
          }
        : first
    }
    case 'MultiLineString': {
      const lines = Array.isArray(coords) ? coords : []
      const firstLine: unknown = lines[0]
      const first = pair(Array.isArray(firstLine) ? firstLine[0] : undefined)
      return first
        ? { ...first, reduced: `${lines.length} lines were reduced to the first point of the first` }
        : undefined
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const ring: unknown =
        g.type === 'Polygon'
          ? Array.isArray(coords)
            ? coords[0]
            : undefined
          : Array.isArray(coords) && Array.isArray(coords[0])
            ? (coords[0] as unknown[])[0]
            : undefined
      const centre = boxCentre(Array.isArray(ring) ? ring : [])
      return centre
        ? { ...centre, reduced: 'an area was reduced to the centre of its bounding box' }
        : undefined
    }
    case 'GeometryCollection': {
      const members = Array.isArray(g.geometries) ? (g.geometries as unknown[]) : []
      const first = pointOfGeometry(members[0])
      if (!first) return undefined
      return members.length > 1
        ? {
            ...first,
            reduced: `a collection of ${members.length} shapes was reduced to one point of its first`,
          }
        : first
    }
    default:
      return undefined
  }
}

function pair(value: unknown): PointOf {
  if (!Array.isArray(value) || value.length < 2) return undefined
  return { lon: value[0], lat: value[1] }
}

function boxCentre(ring: unknown[]): PointOf {
  let minLon = Infinity
  let maxLon = -Infinity
  let minLat = Infinity
  let maxLat = -Infinity
  for (const point of ring) {
    if (!Array.isArray(point) || typeof point[0] !== 'number' || typeof point[1] !== 'number') continue
    minLon = Math.min(minLon, point[0])
    maxLon = Math.max(maxLon, point[0])
    minLat = Math.min(minLat, point[1])
    maxLat = Math.max(maxLat, point[1])
  }
  if (!Number.isFinite(minLon)) return undefined
  return { lon: (minLon + maxLon) / 2, lat: (minLat + maxLat) / 2 }
}
