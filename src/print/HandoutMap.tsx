/**
 * A static map for paper: the bundled boundaries and the events' places as an SVG, each place numbered as in the
 * chronology. Drawn from the same basemap.json as the screen map, without Leaflet, so it prints crisply at any size.
 */
import { useMemo } from 'react'
import type { EventRecord } from '../data/types'
import { fitProjection, placeLabels, ringsToPath, type Projection } from './handout'

type Position = readonly number[]
type Geometry =
  | { type: 'Polygon'; coordinates: readonly (readonly Position[])[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly (readonly Position[])[])[] }
export type Basemap = {
  features: readonly { properties: { kind: 'country' | 'state'; name: string }; geometry: Geometry }[]
}

const WIDTH = 1000
/** Places closer than this (in SVG units) share one mark and one label. */
const MERGE_DISTANCE = 14
const MAX_LABEL_NUMBERS = 4
const EXACT = new Set(['point', 'city'])

type Mark = { x: number; y: number; numbers: number[]; exact: boolean }

export function HandoutMap({
  events,
  basemap,
  label,
}: {
  events: readonly EventRecord[]
  basemap: Basemap | null
  label: string
}) {
  const projection = useMemo(
    () =>
      fitProjection(
        events.flatMap((event) => event.places),
        WIDTH,
      ),
    [events],
  )
  const land = useMemo(() => (basemap ? drawBasemap(basemap, projection) : null), [basemap, projection])
  const marks = useMemo(() => placeMarks(events, projection), [events, projection])
  const labels = useMemo(
    () =>
      placeLabels(
        marks.map((mark) => ({ x: mark.x, y: mark.y, r: markRadius(mark), text: markLabel(mark.numbers) })),
        projection.width,
        projection.height,
      ),
    [marks, projection],
  )
  return (
    <svg
      className="handout-map"
      viewBox={`0 0 ${projection.width} ${projection.height}`}
      role="img"
      aria-label={label}
    >
      <rect width={projection.width} height={projection.height} className="handout-sea" />
      {land ? (
        <>
          <path d={land.countries} className="handout-land" />
          <path d={land.states} className="handout-state-lines" />
        </>
      ) : null}
      {marks.map((mark, index) => (
        <g key={`${mark.x},${mark.y}`} className={mark.exact ? 'handout-mark' : 'handout-mark is-vague'}>
          <circle cx={mark.x} cy={mark.y} r={markRadius(mark)} />
          <text x={labels[index]?.x} y={labels[index]?.y} textAnchor={labels[index]?.anchor}>
            {markLabel(mark.numbers)}
          </text>
        </g>
      ))}
    </svg>
  )
}

function markRadius(mark: Mark): number {
  return mark.exact ? 5 : 9
}

function markLabel(numbers: readonly number[]): string {
  const shown = numbers.slice(0, MAX_LABEL_NUMBERS).join(', ')
  return numbers.length > MAX_LABEL_NUMBERS ? `${shown} +${numbers.length - MAX_LABEL_NUMBERS}` : shown
}

function placeMarks(events: readonly EventRecord[], projection: Projection): Mark[] {
  const marks: Mark[] = []
  events.forEach((event, index) => {
    for (const place of event.places) {
      const [x, y] = projection.project(place)
      const exact = EXACT.has(place.precision)
      const near = marks.find(
        (mark) => mark.exact === exact && Math.hypot(mark.x - x, mark.y - y) < MERGE_DISTANCE,
      )
      if (!near) marks.push({ x, y, numbers: [index + 1], exact })
      else if (!near.numbers.includes(index + 1)) near.numbers.push(index + 1)
    }
  })
  return marks
}

function drawBasemap(basemap: Basemap, projection: Projection): { countries: string; states: string } {
  let countries = ''
  let states = ''
  for (const feature of basemap.features) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
    for (const rings of polygons) {
      if (!isInView(rings, projection)) continue
      const path = ringsToPath(rings, projection)
      if (feature.properties.kind === 'state') states += path
      else countries += path
    }
  }
  return { countries, states }
}

/** Skips polygons wholly outside the box, which keeps the printed SVG small. */
function isInView(rings: readonly (readonly Position[])[], projection: Projection): boolean {
  const outer = rings[0] ?? []
  let left = false
  let right = false
  let above = false
  let below = false
  for (const position of outer) {
    const [x, y] = projection.project({ lon: position[0] ?? 0, lat: position[1] ?? 0 })
    if (x >= 0 && x <= projection.width && y >= 0 && y <= projection.height) return true
    left ||= x < 0
    right ||= x > projection.width
    above ||= y < 0
    below ||= y > projection.height
  }
  // A polygon that surrounds the box has points on every side of it.
  return left && right && above && below
}
