import type { Feature, Geometry } from 'geojson'

/**
 * Where a shape's name goes: the centre of the bounding box of its largest ring (good enough for a label), and that
 * box's area in square degrees (which decides the zoom the name appears from). Computed once at build time
 * (scripts/build-basemap.ts writes it as the feature's `label`); the map computes it only for a basemap without it.
 */
export function labelPoint(
  feature: Feature<Geometry, unknown>,
): { point: [number, number]; area: number } | null {
  const rings =
    feature.geometry.type === 'Polygon'
      ? feature.geometry.coordinates
      : feature.geometry.type === 'MultiPolygon'
        ? feature.geometry.coordinates.map((polygon) => polygon[0] ?? [])
        : []
  let best: { area: number; point: [number, number] } | null = null
  for (const ring of rings) {
    let minLon = Infinity
    let maxLon = -Infinity
    let minLat = Infinity
    let maxLat = -Infinity
    // An indexed loop: destructuring each point through the iterator protocol took 12–38 ms over the basemap here.
    for (let i = 0; i < ring.length; i += 1) {
      const lon = ring[i]?.[0] ?? 0
      const lat = ring[i]?.[1] ?? 0
      if (lon < minLon) minLon = lon
      if (lon > maxLon) maxLon = lon
      if (lat < minLat) minLat = lat
      if (lat > maxLat) maxLat = lat
    }
    const area = (maxLon - minLon) * (maxLat - minLat)
    if (Number.isFinite(area) && (!best || area > best.area))
      best = { area, point: [(minLat + maxLat) / 2, (minLon + maxLon) / 2] }
  }
  return best
}
