import type { Feature, Geometry } from 'geojson'
import { describe, expect, it } from 'vitest'
import { countryName, isLabelSpot, labelPoint } from './basemapLabels'

const shape = (geometry: Geometry): Feature<Geometry, null> => ({
  type: 'Feature',
  properties: null,
  geometry,
})
const square = (lon: number, lat: number, size: number) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
]

describe('labelPoint', () => {
  it("puts a name at the centre of the box of the shape's largest ring, [lat, lon], with that box's area", () => {
    expect(labelPoint(shape({ type: 'Polygon', coordinates: [square(-100, 20, 4)] }))).toEqual({
      point: [22, -98],
      area: 16,
    })
  })

  it('uses the largest piece of a shape in several pieces (a mainland and its islands), not their common box', () => {
    const spot = labelPoint(
      shape({
        type: 'MultiPolygon',
        coordinates: [[square(-80, 20, 1)], [square(-100, 30, 10)], [square(-60, 10, 2)]],
      }),
    )
    expect(spot).toEqual({ point: [35, -95], area: 100 })
  })

  it('has no spot for a shape without rings', () => {
    expect(labelPoint(shape({ type: 'Point', coordinates: [0, 0] }))).toBeNull()
    expect(labelPoint(shape({ type: 'MultiPolygon', coordinates: [] }))).toBeNull()
  })
})

describe('countryName', () => {
  it("names a country in the reader's language from its ISO code", () => {
    const mexico = { name: 'Mexico', country: 'MX' }
    const us = { name: 'United States of America', country: 'US' }
    expect([countryName(mexico, 'en'), countryName(mexico, 'es'), countryName(mexico, 'de')]).toEqual([
      'Mexico',
      'México',
      'Mexiko',
    ])
    expect([countryName(us, 'en'), countryName(us, 'es'), countryName(us, 'de')]).toEqual([
      'United States',
      'Estados Unidos',
      'Vereinigte Staaten',
    ])
  })

  it("keeps the data's English name where there is no code, or no name for the code", () => {
    // The world basemap's other countries (an imported dataset) carry their name, not a code.
    expect(countryName({ name: 'Kenya', country: 'Kenya' }, 'es')).toBe('Kenya')
    expect(countryName({ name: 'United States of America' }, 'de')).toBe('United States')
    // A code the browser has no name for: the data's name, never the bare code.
    expect(countryName({ name: 'Nowhere', country: 'QZ' }, 'en')).toBe('Nowhere')
  })
})

describe('isLabelSpot', () => {
  it("takes the build's label spot only as three finite numbers, a place on Earth and an area", () => {
    expect(isLabelSpot([23.63, -101.95, 551.94])).toBe(true)
    for (const bad of [
      undefined,
      null,
      '23,-101,5',
      [23.63, -101.95],
      [23.63, -101.95, 5, 1],
      [23.63, '-101.95', 5],
      [Number.NaN, -101.95, 5],
      [123, -101.95, 5],
      [23, -190, 5],
      [23, -101, -1],
    ])
      expect(isLabelSpot(bad), JSON.stringify(bad)).toBe(false)
  })
})
