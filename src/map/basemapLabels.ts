/** Where the basemap's names go and what they say: used by the map (useBasemap.ts) and at build time (build-basemap.ts). */
import type { Feature, Geometry } from 'geojson'
import type { BasemapProps } from './basemapData'

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

/** A build-time label spot (build-basemap.ts): [lat, lon, area in square degrees], all finite, lat and lon on Earth. */
export function isLabelSpot(value: unknown): value is [number, number, number] {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    Math.abs(value[0] as number) <= 90 &&
    Math.abs(value[1] as number) <= 180 &&
    (value[2] as number) >= 0
  )
}

const displayNames = new Map<string, Intl.DisplayNames | null>()

/**
 * A country's name in the reader's language: from its ISO 3166-1 code (the basemap's `country`, build-basemap.ts) with
 * the browser's own names (Intl.DisplayNames), so "MX" reads Mexico, México or Mexiko. The data's English name where
 * there is no code (the world's other countries) or the browser has no name for it.
 */
export function countryName(properties: Pick<BasemapProps, 'name' | 'country'>, lang: string): string {
  const english = properties.name === 'United States of America' ? 'United States' : properties.name
  const code = properties.country ?? ''
  if (!/^[A-Z]{2}$/u.test(code)) return english
  let names = displayNames.get(lang)
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })
    } catch {
      names = null
    }
    displayNames.set(lang, names)
  }
  return names?.of(code) ?? english
}
