/**
 * npx tsx scripts/build-basemap.ts: writes public/basemap.json, the offline basemap the map draws (there is no
 * tile server). One GeoJSON FeatureCollection, drawn in order: countries of the Americas, then US states, then
 * Mexican states; each feature's properties are { kind: 'country' | 'state', name, country }.
 *
 * Sources (see data/basemap/README.md): world-atlas countries-50m and us-atlas states-10m (TopoJSON in lon/lat,
 * devDependencies), and data/basemap/mexico-states.json (made by extract-mexico-states.ts).
 *
 * Which polygons are kept: a feature belongs to the Americas when its largest polygon has its centre in
 * lon -170…-30, lat -60…85; it keeps all its polygons in the western hemisphere (every point at lon <= 0), which
 * drops pieces that cross ±180 (Leaflet would draw them as stripes across the map) and the Aleutians beyond 180°.
 * Other countries keep only their Caribbean and South American pieces (French Guiana, Martinique, the Dutch
 * islands). Russia, Fiji and the rest are dropped.
 *
 * Simplification works on the TopoJSON arcs, so that neighbours keep an identical border: Douglas–Peucker
 * (0.015° near the US and Mexico, 0.1° elsewhere), then coordinates rounded to 2 decimal places (about 1 km) near
 * the US and Mexico and to 1 elsewhere (arc ends always to 2, so that arcs still meet), repeated points and
 * collapsed rings dropped. The output is deterministic; it prints its size, raw and gzipped.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson'
import { feature } from 'topojson-client'
import { douglasPeucker, ringArea } from './lineGeometry'
import { LANGS } from '../src/data/vocabulary'
import { countryName, labelPoint } from '../src/map/basemapLabels'
import type {
  Arc,
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Topology,
} from 'topojson-specification'

type Properties = {
  kind: 'country' | 'state'
  name: string
  country: string
  label?: [number, number, number]
  names?: Record<string, string>
}
type BasemapFeature = Feature<Polygon | MultiPolygon, Properties>
type Box = { west: number; south: number; east: number; north: number }

/** Where a feature's largest polygon must lie for the feature to count as part of the Americas. */
const AMERICAS: Box = { west: -170, south: -60, east: -30, north: 85 }
/** Where the pieces of other countries are kept (the Caribbean and South America). */
const OVERSEAS: Box = { west: -100, south: -60, east: -30, north: 35 }
/**
 * Arcs touching this box keep 2 decimal places and the finer tolerance: the US, Mexico, Central America and the
 * Caribbean down to Barbados (which the coarser settings would erase).
 */
const DETAIL: Box = { west: -126, south: 7, east: -59, north: 50 }

/** Douglas–Peucker tolerances in degrees, inside and outside DETAIL. */
const TOLERANCE_DETAIL = 0.015
const TOLERANCE_ELSEWHERE = 0.1

/** ISO 3166-1 numeric (the ids in world-atlas) to alpha-2, for the countries kept; others keep their name. */
const ALPHA2: Record<string, string> = {
  '028': 'AG',
  '032': 'AR',
  '044': 'BS',
  '052': 'BB',
  '060': 'BM',
  '068': 'BO',
  '076': 'BR',
  '084': 'BZ',
  '092': 'VG',
  '124': 'CA',
  '136': 'KY',
  '152': 'CL',
  '170': 'CO',
  '184': 'CK',
  '188': 'CR',
  '192': 'CU',
  '212': 'DM',
  '214': 'DO',
  '218': 'EC',
  '222': 'SV',
  '238': 'FK',
  '239': 'GS',
  '250': 'FR',
  '258': 'PF',
  '296': 'KI',
  '304': 'GL',
  '308': 'GD',
  '320': 'GT',
  '328': 'GY',
  '332': 'HT',
  '340': 'HN',
  '388': 'JM',
  '484': 'MX',
  '500': 'MS',
  '528': 'NL',
  '531': 'CW',
  '533': 'AW',
  '534': 'SX',
  '558': 'NI',
  '570': 'NU',
  '591': 'PA',
  '600': 'PY',
  '604': 'PE',
  '612': 'PN',
  '630': 'PR',
  '652': 'BL',
  '659': 'KN',
  '660': 'AI',
  '662': 'LC',
  '663': 'MF',
  '666': 'PM',
  '670': 'VC',
  '740': 'SR',
  '780': 'TT',
  '796': 'TC',
  '840': 'US',
  '850': 'VI',
  '858': 'UY',
  '862': 'VE',
}

const countriesTopology = readTopology('node_modules/world-atlas/countries-50m.json')
const statesTopology = readTopology('node_modules/us-atlas/states-10m.json')

const countries = fromTopology(countriesTopology, 'countries', (id, name) => ({
  kind: 'country',
  name,
  country: ALPHA2[id] ?? name,
}))
const usStates = fromTopology(statesTopology, 'states', (_id, name) => ({
  kind: 'state',
  name,
  country: 'US',
}))
const mexicoStates = readMexicoStates('data/basemap/mexico-states.json')

const features = [...countries, ...usStates, ...mexicoStates].map(labelled)
const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`
writeFileSync(resolve('public/basemap.json'), text)

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`
const raw = Buffer.byteLength(text)
const gzip = gzipSync(text, { level: 9 }).length
console.log(
  `build-basemap: wrote public/basemap.json: ${countries.length} countries, ${usStates.length} US states, ` +
    `${mexicoStates.length} Mexican states, ${countPoints(features)} points; ${kb(raw)} raw, ${kb(gzip)} gzip`,
)

// The rest of the world, for imported files with places outside the Americas: loaded by the app only then.
const world = worldFeatures(readTopology('node_modules/world-atlas/countries-110m.json')).map(labelled)
const worldText = `{"type":"FeatureCollection","features":[\n${world.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`
writeFileSync(resolve('public/basemap-world.json'), worldText)
console.log(
  `build-basemap: wrote public/basemap-world.json: ${world.length} countries, ${countPoints(world)} points; ` +
    `${kb(Buffer.byteLength(worldText))} raw, ${kb(gzipSync(worldText, { level: 9 }).length)} gzip`,
)

/**
 * Countries outside the Americas at 1:110m (no simplification needed), one decimal place (about 10 km). A polygon is
 * kept when its outer ring's centre lies outside the Americas box (those are in basemap.json) and it does not span
 * more than 180° of longitude (Antarctica and pieces crossing ±180, which Leaflet would draw as stripes).
 */
function worldFeatures(topology: Topology): BasemapFeature[] {
  const object = topology.objects.countries
  if (object?.type !== 'GeometryCollection') throw new Error('countries: not a GeometryCollection')
  const collection = feature(topology, object) as FeatureCollection<Geometry | null, { name?: string } | null>
  const out: BasemapFeature[] = []
  for (const item of collection.features) {
    const geometry = item.geometry
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).filter(
      ([outer = []]) => {
        const lons = outer.map(([lon = 0]) => lon)
        return !inBox(centre(outer), AMERICAS) && Math.max(...lons) - Math.min(...lons) <= 180
      },
    )
    if (polygons.length === 0) continue
    const rounded = polygons.map((rings) =>
      rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [round(lon, 1), round(lat, 1)])),
    )
    const name = item.properties?.name ?? ''
    const cleaned = cleanFeature(
      rounded.length === 1
        ? { type: 'Polygon', coordinates: rounded[0] ?? [] }
        : { type: 'MultiPolygon', coordinates: rounded },
      { kind: 'country', name, country: name },
    )
    if (cleaned) out.push(cleaned)
  }
  return out
}

function readTopology(path: string): Topology {
  return JSON.parse(readFileSync(resolve(path), 'utf8')) as Topology
}

/** The polygons of one TopoJSON object that pass the filter above, simplified, as GeoJSON features. */
function fromTopology(
  topology: Topology,
  objectName: string,
  properties: (id: string, name: string) => Properties,
): BasemapFeature[] {
  const collection = topology.objects[objectName]
  if (collection?.type !== 'GeometryCollection') throw new Error(`${objectName}: not a GeometryCollection`)
  const arcs = absoluteArcs(topology)

  // Decide which polygons to keep on the exact geometry, then rebuild them from simplified arcs.
  const geometries: TopoMultiPolygon<Properties>[] = []
  for (const geometry of collection.geometries) {
    const polygonArcs =
      geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : []
    const polygons = polygonArcs.map((rings) => rings.map((ring) => ringPositions(ring, arcs)))
    const keep = keptPolygons(polygons)
    const source = geometry.properties as Record<string, unknown> | null | undefined
    const name = typeof source?.name === 'string' ? source.name : ''
    if (keep.length === 0 || name === '') continue
    geometries.push({
      type: 'MultiPolygon',
      arcs: keep.map((i) => polygonArcs[i] ?? []),
      properties: properties(String(geometry.id ?? ''), name),
    })
  }

  const used = new Set(geometries.flatMap((g) => g.arcs.flat(2).map((i) => (i < 0 ? ~i : i))))
  const simplified: Topology<{ kept: GeometryCollection<Properties> }> = {
    type: 'Topology',
    arcs: arcs.map((arc, i) => (used.has(i) ? simplifyArc(arc) : [])),
    objects: { kept: { type: 'GeometryCollection', geometries } },
  }
  return feature(simplified, simplified.objects.kept)
    .features.map((f) => cleanFeature(f.geometry, f.properties))
    .filter((f) => f !== undefined)
}

/** Indexes of the polygons to keep (see the comment at the top). */
function keptPolygons(polygons: Position[][][]): number[] {
  const outers = polygons.map((rings) => rings[0] ?? [])
  const areas = outers.map((ring) => Math.abs(ringArea(ring)))
  const largest = outers[areas.indexOf(Math.max(...areas))]
  const western = (ring: Position[]): boolean => ring.every(([lon = 0]) => lon <= 0)
  const american = largest !== undefined && western(largest) && inBox(centre(largest), AMERICAS)
  return outers.flatMap((ring, i) => {
    const [, lat = 0] = centre(ring)
    const keep = western(ring) && (american ? lat >= AMERICAS.south : inBox(centre(ring), OVERSEAS))
    return keep ? [i] : []
  })
}

/** Arcs as absolute lon/lat (TopoJSON stores them quantized and delta-encoded). */
function absoluteArcs(topology: Topology): Arc[] {
  const transform = topology.transform
  if (transform === undefined) return topology.arcs
  const [sx, sy] = transform.scale
  const [tx, ty] = transform.translate
  return topology.arcs.map((arc) => {
    let x = 0
    let y = 0
    return arc.map(([dx = 0, dy = 0]) => {
      x += dx
      y += dy
      return [x * sx + tx, y * sy + ty]
    })
  })
}

function ringPositions(ring: number[], arcs: Arc[]): Position[] {
  const out: Position[] = []
  for (const index of ring) {
    const arc = arcs[index < 0 ? ~index : index] ?? []
    const points = index < 0 ? [...arc].reverse() : arc
    out.push(...(out.length === 0 ? points : points.slice(1)))
  }
  return out
}

/**
 * Simplifies an arc (Douglas–Peucker), rounds it (its ends always to 2 places, so arcs still meet) and drops
 * repeated points.
 */
function simplifyArc(arc: Arc): Arc {
  const detail = arc.some(([lon = 0, lat = 0]) => inBox([lon, lat], DETAIL))
  const decimals = detail ? 2 : 1
  const kept = douglasPeucker(arc, detail ? TOLERANCE_DETAIL : TOLERANCE_ELSEWHERE)
  const out: Arc = []
  kept.forEach(([lon = 0, lat = 0], i) => {
    const places = i === 0 || i === kept.length - 1 ? 2 : decimals
    const point = [round(lon, places), round(lat, places)]
    const last = out[out.length - 1]
    if (last === undefined || last[0] !== point[0] || last[1] !== point[1]) out.push(point)
  })
  return out
}

function readMexicoStates(path: string): BasemapFeature[] {
  const collection = JSON.parse(readFileSync(resolve(path), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string; code: string }
  >
  return collection.features
    .map((f) => cleanFeature(f.geometry, { kind: 'state', name: f.properties.name, country: 'MX' }))
    .filter((f) => f !== undefined)
}

/**
 * The feature with where its name goes (`label`: [lat, lon, area in square degrees], basemapLabels.ts) and, for a country
 * with an ISO code, its names in the UI languages where they differ from `name` (`names`, from Node's
 * Intl.DisplayNames; `{}` when none does): the map then computes neither
 * as it loads (a walk over every point, and ICU's region names, about 50 ms of the map's first seconds).
 */
function labelled(f: BasemapFeature): BasemapFeature {
  const spot = labelPoint(f)
  const coded = f.properties.kind === 'country' && /^[A-Z]{2}$/u.test(f.properties.country)
  const names: Record<string, string> = {}
  if (coded)
    for (const lang of LANGS) {
      // The map's own naming (countryName), in Node's ICU: only what differs from the data's name is written.
      const name = countryName(f.properties, lang)
      if (name !== f.properties.name) names[lang] = name
    }
  return {
    ...f,
    properties: {
      ...f.properties,
      ...(spot ? { label: [round(spot.point[0], 2), round(spot.point[1], 2), round(spot.area, 2)] } : {}),
      ...(coded ? { names } : {}),
    },
  }
}

/** Rounds again (a no-op for rounded input), drops collapsed rings and polygons; undefined when none is left. */
function cleanFeature(geometry: Geometry | null, properties: Properties): BasemapFeature | undefined {
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return undefined
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flatMap(
    ([outer = [], ...holes]) => {
      const cleanOuter = cleanRing(outer)
      if (cleanOuter === undefined) return []
      return [[cleanOuter, ...holes.map(cleanRing).filter((ring) => ring !== undefined)]]
    },
  )
  const [only] = polygons
  if (only === undefined) return undefined
  const { kind, name, country } = properties
  return {
    type: 'Feature',
    properties: { kind, name, country },
    geometry:
      polygons.length === 1
        ? { type: 'Polygon', coordinates: only }
        : { type: 'MultiPolygon', coordinates: polygons },
  }
}

/** Drops repeated points and closes the ring; undefined when it has fewer than 4 points or no area. */
function cleanRing(ring: Position[]): Position[] | undefined {
  const out: Position[] = []
  for (const [lon = 0, lat = 0] of ring) {
    const point = [round(lon, 2), round(lat, 2)]
    const last = out[out.length - 1]
    if (last === undefined || last[0] !== point[0] || last[1] !== point[1]) out.push(point)
  }
  const first = out[0]
  const last = out[out.length - 1]
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1]))
    out.push(first)
  return out.length >= 4 && ringArea(out) !== 0 ? out : undefined
}

function round(value: number, places: number): number {
  const factor = 10 ** places
  return Math.round(value * factor) / factor + 0 // + 0 turns -0 into 0
}

function centre(ring: Position[]): Position {
  const lons = ring.map(([lon = 0]) => lon)
  const lats = ring.map(([, lat = 0]) => lat)
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2]
}

function inBox([lon = 0, lat = 0]: Position, box: Box): boolean {
  return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north
}

function countPoints(list: BasemapFeature[]): number {
  return list
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .flat()
    .reduce((sum, ring) => sum + ring.length, 0)
}
