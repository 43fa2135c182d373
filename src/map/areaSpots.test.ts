/** A covered area badge moves to the nearest free spot inside its area, never outside it or the view. */
import { describe, expect, it } from 'vitest'
import { boxesOverlap } from './markersPlaced'
import { freeSpot, MAX_SHIFT_PX, shiftBox, spotFits, spotOffsets } from './areaSpots'

const VIEW = { left: 0, top: 0, right: 400, bottom: 400 }
const BADGE = { left: 180, top: 190, right: 220, bottom: 210 }
const EVERYWHERE = () => true

describe('spotOffsets', () => {
  it('tries nearer spots first, all within the largest shift, on every side', () => {
    const offsets = spotOffsets()
    const distances = offsets.map(({ dx, dy }) => Math.hypot(dx, dy))
    for (let index = 1; index < distances.length; index++)
      expect(distances[index] ?? 0).toBeGreaterThanOrEqual((distances[index - 1] ?? 0) - 16)
    expect(Math.max(...distances)).toBeLessThanOrEqual(MAX_SHIFT_PX + 1)
    expect(offsets.some(({ dx }) => dx > 0)).toBe(true)
    expect(offsets.some(({ dx }) => dx < 0)).toBe(true)
    expect(offsets.some(({ dy }) => dy > 0)).toBe(true)
    expect(offsets.some(({ dy }) => dy < 0)).toBe(true)
  })
})

describe('freeSpot', () => {
  it('moves a badge off a cluster that covers its point, by the least it can', () => {
    const cluster = { left: 185, top: 185, right: 215, bottom: 215 }
    const spot = freeSpot(BADGE, [cluster], VIEW, EVERYWHERE)
    expect(spot).not.toBeNull()
    if (!spot) return
    expect(boxesOverlap(shiftBox(BADGE, spot.dx, spot.dy), cluster)).toBe(false)
    // Above or below a 30 px cluster, a 20 px badge needs 27 px (with the 2 px gap): the ring at 32 px.
    expect(Math.hypot(spot.dx, spot.dy)).toBeLessThanOrEqual(40)
  })

  it('keeps the badge inside its area: a spot whose centre is outside is not taken', () => {
    const cluster = { left: 150, top: 150, right: 250, bottom: 250 }
    // The area lies only to the right of the cluster.
    const spot = freeSpot(BADGE, [cluster], VIEW, (dx) => 200 + dx > 280)
    expect(spot).not.toBeNull()
    expect(200 + (spot?.dx ?? 0)).toBeGreaterThan(280)
  })

  it('keeps the whole badge in view', () => {
    const nearEdge = { left: 360, top: 190, right: 400, bottom: 210 }
    const cluster = { left: 355, top: 180, right: 400, bottom: 220 }
    const spot = freeSpot(nearEdge, [cluster], VIEW, EVERYWHERE)
    expect(spot).not.toBeNull()
    const moved = shiftBox(nearEdge, spot?.dx ?? 0, spot?.dy ?? 0)
    expect(moved.right).toBeLessThanOrEqual(400)
  })

  it('gives up when every spot within reach is taken or outside the area', () => {
    const everything = { left: 0, top: 0, right: 400, bottom: 400 }
    expect(freeSpot(BADGE, [everything], VIEW, EVERYWHERE)).toBeNull()
    expect(freeSpot(BADGE, [], VIEW, () => false)).toBeNull()
  })
})

describe('spotFits', () => {
  it('says whether a spot found after an earlier move is still free, in view and inside the area', () => {
    const cluster = { left: 185, top: 185, right: 215, bottom: 215 }
    const spot = freeSpot(BADGE, [cluster], VIEW, EVERYWHERE)
    expect(spot).not.toBeNull()
    if (!spot) return
    expect(spotFits(BADGE, [cluster], VIEW, EVERYWHERE, spot)).toBe(true)
    // Something drawn there since, the view moved away, or the spot outside the area: it must be searched again.
    const there = shiftBox(BADGE, spot.dx, spot.dy)
    expect(spotFits(BADGE, [cluster, there], VIEW, EVERYWHERE, spot)).toBe(false)
    expect(spotFits(BADGE, [cluster], { ...VIEW, top: there.top + 1 }, EVERYWHERE, spot)).toBe(false)
    expect(spotFits(BADGE, [cluster], VIEW, () => false, spot)).toBe(false)
  })
})
