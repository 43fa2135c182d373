/** Line geometry shared by the basemap scripts: ring area and Douglas–Peucker simplification, on lon/lat positions. */
import type { Position } from 'geojson'

/** Signed area of a closed ring (shoelace formula), in square degrees. */
export function ringArea(ring: Position[]): number {
  let area = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax = 0, ay = 0] = ring[i] ?? []
    const [bx = 0, by = 0] = ring[i + 1] ?? []
    area += ax * by - bx * ay
  }
  return area / 2
}

/** Keeps the first and last point and every point farther than tolerance from the simplified line. */
export function douglasPeucker(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points
  const keep = new Array<boolean>(points.length).fill(false)
  keep[0] = true
  keep[points.length - 1] = true
  const stack: [number, number][] = [[0, points.length - 1]]
  for (let range = stack.pop(); range !== undefined; range = stack.pop()) {
    const [from, to] = range
    let farthest = -1
    let farthestDistance = tolerance
    for (let i = from + 1; i < to; i++) {
      const distance = segmentDistance(points[i], points[from], points[to])
      if (distance > farthestDistance) {
        farthest = i
        farthestDistance = distance
      }
    }
    if (farthest > 0) {
      keep[farthest] = true
      stack.push([from, farthest], [farthest, to])
    }
  }
  return points.filter((_, i) => keep[i])
}

function segmentDistance(p: Position | undefined, a: Position | undefined, b: Position | undefined): number {
  const [px = 0, py = 0] = p ?? []
  const [ax = 0, ay = 0] = a ?? []
  const [bx = 0, by = 0] = b ?? []
  const dx = bx - ax
  const dy = by - ay
  const lengthSquared = dx * dx + dy * dy
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}
