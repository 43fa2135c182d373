import type { Feature, Geometry } from 'geojson'
import { describe, expect, it } from 'vitest'
import { labelPoint } from './labelPoint'

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
