// Where an area's badge may go when its own point is taken: anywhere inside the same area says the same thing
// ("Mexico · nationwide" is as true in Chihuahua as at the country's centre), so a badge covered by clusters moves to
// the nearest free spot inside its country or state instead of hiding its count.
import { boxesOverlap, type Box } from './markersPlaced'

/** How far (px) from its own point a badge may move: beyond it the badge reads as belonging elsewhere. */
export const MAX_SHIFT_PX = 128
const RING_STEP_PX = 16
/** Candidates on a ring are about this far apart (px). */
const ARC_STEP_PX = 20

export type Offset = { dx: number; dy: number }

/** The offsets (px) tried, nearest first: rings every 16 px, points about 20 px apart on each. */
export function spotOffsets(maxShift = MAX_SHIFT_PX): Offset[] {
  const offsets: Offset[] = []
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

const OFFSETS = spotOffsets().map((offset) => ({ ...offset, distance: Math.hypot(offset.dx, offset.dy) }))

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
): Offset | null {
  // Only what lies within reach can be in the way; and a badge out of reach of the view has nowhere to go.
  const reach = {
    left: box.left - maxShift,
    right: box.right + maxShift,
    top: box.top - maxShift,
    bottom: box.bottom + maxShift,
  }
  if (!boxesOverlap(reach, view, 0)) return null
  const near = taken.filter((other) => boxesOverlap(other, reach))
  // Plain numbers in the loop (it runs for every badge after every move): no box objects, boxesOverlap inlined with
  // its 2 px gap.
  const gap = 2
  for (const offset of OFFSETS) {
    // The offsets come ring by ring (their distance stored): past the first too far, all are.
    if (offset.distance > maxShift + 1) break
    const left = box.left + offset.dx
    const right = box.right + offset.dx
    const top = box.top + offset.dy
    const bottom = box.bottom + offset.dy
    if (left < view.left || right > view.right || top < view.top || bottom > view.bottom) continue
    let blocked = false
    for (const other of near) {
      if (
        left < other.right + gap &&
        other.left < right + gap &&
        top < other.bottom + gap &&
        other.top < bottom + gap
      ) {
        blocked = true
        break
      }
    }
    if (!blocked && isInside(offset.dx, offset.dy)) return { dx: offset.dx, dy: offset.dy }
  }
  return null
}

/** Whether `box` moved by `offset` is still a free spot as freeSpot means it: in view, clear of `taken`, inside. */
export function spotFits(
  box: Box,
  taken: readonly Box[],
  view: Box,
  isInside: (dx: number, dy: number) => boolean,
  offset: Offset,
): boolean {
  const moved = shiftBox(box, offset.dx, offset.dy)
  return (
    moved.left >= view.left &&
    moved.right <= view.right &&
    moved.top >= view.top &&
    moved.bottom <= view.bottom &&
    !taken.some((other) => boxesOverlap(moved, other)) &&
    isInside(offset.dx, offset.dy)
  )
}

export function shiftBox(box: Box, dx: number, dy: number): Box {
  return { left: box.left + dx, right: box.right + dx, top: box.top + dy, bottom: box.bottom + dy }
}
