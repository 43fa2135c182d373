/**
 * Pure pieces of the printed handout: numbering the sources, quoting their titles and fitting the map to the events'
 * places.
 */
import type { EventRecord, Lang } from '../data/types'

export type Source = EventRecord['sources'][number]
export type NumberedSources = {
  /** Every source once (the same URL cited by several events is one entry), in order of first citation. */
  sources: readonly Source[]
  /** For each event, the 1-based numbers of its sources in `sources`. */
  refs: ReadonlyMap<string, readonly number[]>
}

export function numberSources(events: readonly EventRecord[]): NumberedSources {
  const numberByUrl = new Map<string, number>()
  const sources: Source[] = []
  const refs = new Map<string, number[]>()
  for (const event of events) {
    const numbers: number[] = []
    for (const source of event.sources) {
      let number = numberByUrl.get(source.url)
      if (number === undefined) {
        sources.push(source)
        number = sources.length
        numberByUrl.set(source.url, number)
      }
      if (!numbers.includes(number)) numbers.push(number)
    }
    refs.set(event.id, numbers)
  }
  return { sources, refs }
}

export type LonLat = { lon: number; lat: number }
/** A Web Mercator projection into an SVG box `width` wide; `height` follows the area's shape. */
export type Projection = { width: number; height: number; project: (point: LonLat) => [number, number] }

const MIN_SPAN_DEG = 14
const PADDING = 0.12
const MAX_LAT = 85
const MIN_RATIO = 0.45
const MAX_RATIO = 0.7

function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat))
  return (Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * 180) / Math.PI
}

/**
 * Fits the points into a box `width` wide, padded, at least MIN_SPAN_DEG across so a single city still shows its
 * surroundings, and between MIN_RATIO and MAX_RATIO times as tall as wide, so it fits the top of a page.
 */
export function fitProjection(points: readonly LonLat[], width: number): Projection {
  const lons = points.map((point) => point.lon)
  const ys = points.map((point) => mercatorY(point.lat))
  let minX = lons.length > 0 ? Math.min(...lons) : -118
  let maxX = lons.length > 0 ? Math.max(...lons) : -86
  let minY = ys.length > 0 ? Math.min(...ys) : mercatorY(14)
  let maxY = ys.length > 0 ? Math.max(...ys) : mercatorY(33)
  const grow = (min: number, max: number): [number, number] => {
    const span = Math.max(max - min, MIN_SPAN_DEG)
    const middle = (min + max) / 2
    const padded = span * (1 + 2 * PADDING)
    return [middle - padded / 2, middle + padded / 2]
  }
  ;[minX, maxX] = grow(minX, maxX)
  ;[minY, maxY] = grow(minY, maxY)
  // Keep the box landscape, widening the shorter side around its middle.
  const ratio = (maxY - minY) / (maxX - minX)
  if (ratio < MIN_RATIO) [minY, maxY] = widen(minY, maxY, MIN_RATIO * (maxX - minX))
  else if (ratio > MAX_RATIO) [minX, maxX] = widen(minX, maxX, (maxY - minY) / MAX_RATIO)
  const scale = width / (maxX - minX)
  const height = Math.round((maxY - minY) * scale)
  return {
    width,
    height,
    project: ({ lon, lat }) => [round((lon - minX) * scale), round((maxY - mercatorY(lat)) * scale)],
  }
}

function widen(min: number, max: number, span: number): [number, number] {
  const middle = (min + max) / 2
  return [middle - span / 2, middle + span / 2]
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/** An SVG path for polygon rings (GeoJSON positions are [lon, lat]). */
export function ringsToPath(
  rings: readonly (readonly (readonly number[])[])[],
  projection: Projection,
): string {
  let path = ''
  for (const ring of rings) {
    ring.forEach((position, index) => {
      const [x, y] = projection.project({ lon: position[0] ?? 0, lat: position[1] ?? 0 })
      path += `${index === 0 ? 'M' : 'L'}${x} ${y}`
    })
    path += 'Z'
  }
  return path
}

/** A numbered mark on the printed map: its centre, radius and label text. */
export type LabelledMark = { x: number; y: number; r: number; text: string }
export type PlacedLabel = { x: number; y: number; anchor: 'start' | 'middle' | 'end' }
type Box = { x0: number; y0: number; x1: number; y1: number }

/**
 * The handout's label type (15 px bold), a little generous: a digit's advance, and a comma's or a space's; anything
 * else (the "+" of "+3") as wide as a digit and a half.
 */
const DIGIT_PX = 10.5
const NARROW_PX = 5.25
/** The width a mark's label takes in the handout's type. */
export function labelWidth(text: string): number {
  let width = 0
  for (const char of text)
    width += char >= '0' && char <= '9' ? DIGIT_PX : char === ',' || char === ' ' ? NARROW_PX : 1.5 * DIGIT_PX
  return width
}
const HALF_LINE_PX = 8
const GAP_PX = 4

/**
 * Where each mark's numbers go: right of the mark, else left, above, below or at a corner, whichever first overlaps
 * no other mark or label and stays inside the map (close places otherwise printed "3, 4" over "2, 5"); failing all,
 * the one that overlaps least. Returns the text's anchor point (SVG `text-anchor`, baseline) for each mark, in order.
 */
export function placeLabels(marks: readonly LabelledMark[], width: number, height: number): PlacedLabel[] {
  const taken: Box[] = marks.map((mark) => ({
    x0: mark.x - mark.r,
    y0: mark.y - mark.r,
    x1: mark.x + mark.r,
    y1: mark.y + mark.r,
  }))
  const overlap = (a: Box, b: Box) =>
    Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
    Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0))
  return marks.map((mark, index) => {
    const w = labelWidth(mark.text)
    // A label at `x` (its start, middle or end) whose line is centred on `cy`.
    const at = (anchor: PlacedLabel['anchor'], x: number, cy: number) => {
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2
      return {
        label: { x, y: cy + 5, anchor },
        box: { x0, y0: cy - HALF_LINE_PX, x1: x0 + w, y1: cy + HALF_LINE_PX },
      }
    }
    const { x, y, r } = mark
    const beside = r + GAP_PX
    const off = r + HALF_LINE_PX
    const right = at('start', x + beside, y)
    const candidates = [
      right,
      at('end', x - beside, y),
      at('middle', x, y - beside - HALF_LINE_PX),
      at('middle', x, y + beside + HALF_LINE_PX),
      at('start', x + GAP_PX, y - off),
      at('start', x + GAP_PX, y + off),
      at('end', x - GAP_PX, y - off),
      at('end', x - GAP_PX, y + off),
    ]
    let best = right
    let bestCost = Infinity
    for (const candidate of candidates) {
      const { box } = candidate
      const outside = box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height ? 1e6 : 0
      const cost =
        outside + taken.reduce((sum, other, which) => (which === index ? sum : sum + overlap(box, other)), 0)
      if (cost < bestCost) {
        best = candidate
        bestCost = cost
      }
      if (cost === 0) break
    }
    taken.push(best.box)
    return best.label
  })
}

/** Each language's own quotation marks (data/README.md, Fields): English “…”, Spanish «…», German „…“. */
const QUOTATION_MARKS: Readonly<Record<Lang, readonly [string, string]>> = {
  en: ['“', '”'],
  es: ['«', '»'],
  de: ['„', '“'],
}

/** A source's title as the handout's source list quotes it, in the marks of the handout's language. */
export function quotedTitle(title: string, lang: Lang): string {
  const [open, close] = QUOTATION_MARKS[lang]
  return `${open}${title}${close}`
}
