/** The bundled basemap (public/basemap.json), fetched once and shared by the basemap layer and the area highlights. */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'
import { indexRings, isInIndexedRings, isInRings, type IndexedRings } from './geometry'

export type BasemapProps = {
  kind: 'country' | 'state'
  name: string
  country?: string
  /** Where its name goes, [lat, lon], and its box's area in square degrees (basemapLabels.ts), written at build time. */
  label?: [number, number, number]
  /**
   * A country's names by language where they differ from `name`, from its ISO code (Intl.DisplayNames at build time);
   * absent for a feature without a code, or in a basemap built before them (countryName then asks the browser).
   */
  names?: Partial<Record<string, string>>
}
export type Basemap = FeatureCollection<Geometry, BasemapProps>

/** One file of the site, fetched once and shared; a failed load may be retried by the next caller. */
function loadOnce(file: string): () => Promise<Basemap> {
  let loading: Promise<Basemap> | null = null
  return () => {
    loading ??= fetch(new URL(file, document.baseURI)).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json() as Promise<Basemap>
    })
    loading.catch(() => {
      loading = null
    })
    return loading
  }
}

export const loadBasemap = loadOnce('basemap.json')

/**
 * The rest of the world's countries (public/basemap-world.json, 1:110m, about 25 kB gzip): loaded only for an
 * imported dataset, whose places may be anywhere; the curated map stays on the Americas.
 */
export const loadWorldBasemap = loadOnce('basemap-world.json')

/** The country (or state) shape that contains the point, if any. */
export function featureAt(
  basemap: Basemap,
  kind: 'country' | 'state',
  lon: number,
  lat: number,
): Feature<Polygon | MultiPolygon, BasemapProps> | null {
  // Once per lookup: each shape is read once, not prepared for many tests as featureContains does.
  for (const feature of basemap.features) {
    if (feature.properties.kind !== kind) continue
    const geometry = feature.geometry
    if (geometry.type === 'Polygon' ? isInRings(lon, lat, geometry.coordinates) : false)
      return feature as Feature<Polygon, BasemapProps>
    if (
      geometry.type === 'MultiPolygon' &&
      geometry.coordinates.some((polygon) => isInRings(lon, lat, polygon))
    )
      return feature as Feature<MultiPolygon, BasemapProps>
  }
  return null
}

/** Each polygon of a shape prepared for point tests (geometry.ts), once per shape. */
const indexedPolygons = new WeakMap<Geometry, IndexedRings[]>()

function polygonsOf(geometry: Geometry): IndexedRings[] {
  let polygons = indexedPolygons.get(geometry)
  if (!polygons) {
    const all =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : []
    polygons = all.map(indexRings)
    indexedPolygons.set(geometry, polygons)
  }
  return polygons
}

/**
 * Whether a country's or state's shape contains the point (a badge looking for a spot inside its country tests up to
 * a few hundred points per move: useAreaMarkers).
 */
export function featureContains(feature: Feature<Geometry, BasemapProps>, lon: number, lat: number): boolean {
  return polygonsOf(feature.geometry).some((polygon) => isInIndexedRings(polygon, lon, lat))
}
