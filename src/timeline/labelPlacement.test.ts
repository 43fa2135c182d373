import { describe, expect, it } from 'vitest'
import { LABEL_EDGE_PX, LABEL_GAP_PX, placeLabel, type LabelGeometry } from './labelPlacement'

// A phone's strip, zoomed out: the panel runs from 15 to 371 px and the axis ends just past it.
const strip = { panel: { left: 15, right: 371 }, axisEndPx: 375, maxWidthPx: 316 }
const at = (dot: number, natural: number, geometry: Partial<LabelGeometry> = {}): LabelGeometry => ({
  ...strip,
  anchorPx: dot,
  labelStartPx: dot + 10,
  naturalWidthPx: natural,
  ...geometry,
})

describe('placeLabel', () => {
  it('keeps a title that fits after its dot there, at its usual width', () => {
    expect(placeLabel(at(50, 200))).toEqual({ side: 'after', roomPx: null })
  })

  it('puts a long title before a dot near the axis end, in the room to the left', () => {
    // The last event: its dot at 339, its title 500 px on one line.
    expect(placeLabel(at(339, 500))).toEqual({
      side: 'before',
      roomPx: 339 - LABEL_GAP_PX - 15 - LABEL_EDGE_PX,
    })
  })

  it('wraps a long title after its dot, within the room to the axis end, when that side has more room', () => {
    expect(placeLabel(at(150, 500))).toEqual({ side: 'after', roomPx: 375 - LABEL_EDGE_PX - 160 })
  })

  it('leaves the title after its dot where the window can pan to make room (a zoomed-in timeline)', () => {
    // The dot is near the panel's right edge, but the axis runs on for another 2,000 px.
    expect(placeLabel(at(339, 500, { axisEndPx: 2400 }))).toEqual({ side: 'after', roomPx: null })
  })

  it('keeps the same side and width while the window pans (the dot and the axis end move together)', () => {
    const before = placeLabel(at(200, 500, { axisEndPx: 560 }))
    const panned = placeLabel(at(120, 500, { axisEndPx: 480 }))
    expect(panned).toEqual(before)
  })

  it('never gives negative room', () => {
    expect(placeLabel(at(0, 100, { panel: { left: 0, right: 10 }, axisEndPx: 10 }))).toEqual({
      side: 'after',
      roomPx: 0,
    })
  })
})
