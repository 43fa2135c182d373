// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { countryName, isLabelSpot } from './useBasemap'

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
