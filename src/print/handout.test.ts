import { describe, expect, it } from 'vitest'
import { makeDataset } from '../test/fixtures'
import { fitProjection, numberSources, ringsToPath } from './handout'

describe('numberSources', () => {
  it('numbers each source once, in order of first citation, and lists each event’s numbers', () => {
    const { events } = makeDataset({
      events: [
        { id: 'a', start: '2025-01-01', sources: [{ url: 'https://x.org/1' }, { url: 'https://x.org/2' }] },
        { id: 'b', start: '2025-02-01', sources: [{ url: 'https://x.org/2' }, { url: 'https://x.org/3' }] },
      ],
    })
    const { sources, refs } = numberSources(events)
    expect(sources.map((source) => source.url)).toEqual([
      'https://x.org/1',
      'https://x.org/2',
      'https://x.org/3',
    ])
    expect(refs.get('a')).toEqual([1, 2])
    expect(refs.get('b')).toEqual([2, 3])
  })
})

describe('fitProjection', () => {
  it('keeps every point inside the box, with room around them', () => {
    const points = [
      { lon: -99.13, lat: 19.43 },
      { lon: -77.04, lat: 38.9 },
      { lon: -118.24, lat: 34.05 },
    ]
    const projection = fitProjection(points, 1000)
    for (const point of points) {
      const [x, y] = projection.project(point)
      expect(x).toBeGreaterThan(50)
      expect(x).toBeLessThan(950)
      expect(y).toBeGreaterThan(20)
      expect(y).toBeLessThan(projection.height - 20)
    }
    expect(projection.project({ lon: -77.04, lat: 38.9 })[1]).toBeLessThan(
      projection.project({ lon: -99.13, lat: 19.43 })[1],
    )
  })

  it('shows the surroundings of a single place and keeps the map landscape', () => {
    const projection = fitProjection([{ lon: -99.13, lat: 19.43 }], 1000)
    expect(projection.project({ lon: -99.13, lat: 19.43 })).toEqual([500, projection.height / 2])
    expect(projection.height).toBeGreaterThanOrEqual(450)
    expect(projection.height).toBeLessThanOrEqual(700)
    const tall = fitProjection(
      [
        { lon: -100, lat: 10 },
        { lon: -100, lat: 60 },
      ],
      1000,
    )
    expect(tall.height).toBeLessThanOrEqual(700)
  })

  it('draws closed SVG paths from polygon rings', () => {
    const projection = fitProjection([{ lon: 0, lat: 0 }], 100)
    expect(
      ringsToPath(
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
          ],
        ],
        projection,
      ),
    ).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+Z$/u)
  })
})
