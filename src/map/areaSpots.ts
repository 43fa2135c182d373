// Where an area's badge may go when its own point is taken: anywhere inside the same area says the same thing
// ("Mexico · nationwide" is as true in Chihuahua as at the country's centre), so a badge covered by clusters moves to
// the nearest free spot inside its country or state instead of hiding its count.
import { boxesOverlap, type Box } from './markersPlaced'

/** How far (px) from its own point a badge may move: beyond it the badge reads as belonging elsewhere. */
export const MAX_SHIFT_PX = 128
const RING_STEP_PX = 16
/** Candidates on a ring are about this far apart (px). */
const ARC_STEP_PX = 20

/** The offsets (px) tried, nearest first: rings every 16 px, points about 20 px apart on each. */
export function spotOffsets(maxShift = MAX_SHIFT_PX): { dx: number; dy: number }[] {
  const offsets: { dx: number; dy: number }[] = []
  for (let radius = RING_STEP_PX; radius <= maxShift; radius += RING_STEP_PX) {
    const count = Math.max(8, Math.round((2 * Math.PI * radius) / ARC_STEP_PX))
    for (let index = 0; index < count; index++) {
      // Starting straight up and alternating sides, so that equal distances keep no bias to one side.
      const step = Math.ceil(index / 2) * (index % 2 === 0 ? 1 : -1)
      const angle = -Math.PI / 2 + (step * 2 * Math.PI) / count
      offsets.push({ dx: Math.round(radius * Math.cos(angle)), dy: Math.round(radius * Math.sin(angle)) })
    }
  }
  return offsets
}

const OFFSETS = spotOffsets()

/**
 * The nearest offset that puts `box` wholly inside `view`, clear of every box in `taken`, with its centre inside the
 * area (`isInside`, given the centre moved by the offset); null when there is none within `maxShift` px.
 */
export function freeSpot(
  box: Box,
  taken: readonly Box[],
  view: Box,
  isInside: (dx: number, dy: number) => boolean,
  maxShift = MAX_SHIFT_PX,
): { dx: number; dy: number } | null {
  for (const offset of OFFSETS) {
    // The offsets come ring by ring: past the first too far, all are.
    if (Math.hypot(offset.dx, offset.dy) > maxShift + 1) break
    const moved = shiftBox(box, offset.dx, offset.dy)
    if (
      moved.left < view.left ||
      moved.right > view.right ||
      moved.top < view.top ||
      moved.bottom > view.bottom
    )
      continue
    if (taken.some((other) => boxesOverlap(moved, other))) continue
    if (isInside(offset.dx, offset.dy)) return offset
  }
  return null
}

export function shiftBox(box: Box, dx: number, dy: number): Box {
  return { left: box.left + dx, right: box.right + dx, top: box.top + dy, bottom: box.bottom + dy }
}
