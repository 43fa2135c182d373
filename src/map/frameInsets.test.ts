/** Framing a story step keeps the places out from under the map's legend, on the side where that costs least. */
import { describe, expect, it } from 'vitest'
import { landsInside, usableInsets, withLegend } from './frameInsets'

const NONE = { top: 0, right: 0, bottom: 0, left: 0 }

describe('withLegend', () => {
  it('keeps a strip along the top clear for the closed legend button (short and wide)', () => {
    expect(withLegend(NONE, { fromTop: 40, fromRight: 90 }, { x: 800, y: 400 })).toEqual({ ...NONE, top: 40 })
  })

  it('keeps a strip along the right clear for the open legend (tall)', () => {
    expect(withLegend(NONE, { fromTop: 300, fromRight: 250 }, { x: 900, y: 400 })).toEqual({
      ...NONE,
      right: 250,
    })
  })

  it('never shrinks what the layout already covers, and adds nothing when there is no legend', () => {
    const card = { top: 0, right: 0, bottom: 0, left: 320 }
    expect(withLegend({ ...card, top: 60 }, { fromTop: 40, fromRight: 90 }, { x: 900, y: 500 })).toEqual({
      ...card,
      top: 60,
    })
    expect(withLegend(card, null, { x: 900, y: 500 })).toBe(card)
  })

  it('ignores the legend when keeping it clear would leave too little map', () => {
    expect(withLegend(NONE, { fromTop: 300, fromRight: 300 }, { x: 375, y: 320 })).toEqual(NONE)
  })
})

describe('landsInside', () => {
  // Canada's and Mexico's badges at zoom 2 on a 365×545 phone map, with the bottom sheet's 283 px kept clear.
  const places = { min: { x: 230, y: 318 }, max: { x: 240, y: 443 } }
  const size = { x: 365, y: 545 }
  const padding = { topLeft: { x: 128, y: 70 }, bottomRight: { x: 80, y: 311 } }

  it('is true when the padded room holds the places and nothing moves the view', () => {
    expect(landsInside(places, size, padding, null)).toBe(true)
  })

  it("is false when the map's bounds move the view so that the places end under the sheet", () => {
    // The bounds end at 60° S (y 727 at zoom 2): centring the places above the sheet needs the view to reach y 772.
    const limit = { min: { x: -50, y: 2 }, max: { x: 568, y: 727 } }
    expect(landsInside(places, size, padding, limit)).toBe(false)
    // Bounds reaching further south leave the fit alone.
    expect(landsInside(places, size, padding, { ...limit, max: { x: 568, y: 1022 } })).toBe(true)
  })

  it('is false when the places are wider than the padded room', () => {
    const wide = { min: { x: 0, y: 318 }, max: { x: 300, y: 330 } }
    expect(landsInside(wide, size, padding, null)).toBe(false)
  })
})

describe('usableInsets', () => {
  const size = { x: 375, y: 600 }

  it('keeps insets that leave more than 160 × 120 px of map', () => {
    const sheet = { top: 0, right: 0, bottom: 470, left: 0 }
    expect(usableInsets(sheet, size)).toBe(sheet)
    const card = { top: 0, right: 210, bottom: 0, left: 0 }
    expect(usableInsets(card, size)).toBe(card)
  })

  it('drops insets that would leave a sliver, in either direction', () => {
    expect(usableInsets({ top: 0, right: 0, bottom: 480, left: 0 }, size)).toEqual(NONE)
    expect(usableInsets({ top: 0, right: 215, bottom: 0, left: 0 }, size)).toEqual(NONE)
    expect(usableInsets({ top: 300, right: 0, bottom: 200, left: 0 }, size)).toEqual(NONE)
  })

  it('drops every inset on a map that has no size yet', () => {
    expect(usableInsets({ top: 10, right: 0, bottom: 0, left: 0 }, { x: 0, y: 0 })).toEqual(NONE)
  })
})
