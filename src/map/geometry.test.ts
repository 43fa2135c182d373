import { describe, expect, it } from 'vitest'
import type { RawPlace } from '../data/schema'
import { text } from '../test/fixtures'
import { readFileSync } from 'node:fs'
import type { FeatureCollection } from 'geojson'
import { generateSyntheticDataset, readBaseData } from '../../scripts/generateSynthetic'
import { validateDataset } from '../data/validateDataset'
import {
  arcPoints,
  distinctRoutes,
  haloRadiusM,
  indexRings,
  isInIndexedRings,
  isInRings,
  routesOf,
  type LatLon,
} from './geometry'

describe('arcPoints', () => {
  const from: LatLon = [19.43, -99.13] // Mexico City
  const to: LatLon = [38.9, -77.04] // Washington

  it('starts and ends exactly on the two places, with steps + 1 points', () => {
    const points = arcPoints(from, to, 10)
    expect(points).toHaveLength(11)
    expect(points[0]).toEqual(from)
    expect(points.at(-1)).toEqual(to)
    expect(arcPoints(from, to)).toHaveLength(25)
  })

  it('bows away from the straight line, to the left of travel', () => {
    // Travelling due north, "left" is west (smaller longitude).
    const points = arcPoints([10, -100], [30, -100], 2)
    const [lat, lon] = points[1]!
    expect(lat).toBeCloseTo(20)
    expect(lon).toBeCloseTo(-100 - 20 * 0.1)
  })

  it('bows to the other side on the way back, so two-way routes do not overlap', () => {
    const there = arcPoints(from, to, 2)[1]!
    const back = arcPoints(to, from, 2)[1]!
    const straight: LatLon = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2]
    expect(there[0] - straight[0]).toBeCloseTo(-(back[0] - straight[0]))
    expect(there[1] - straight[1]).toBeCloseTo(-(back[1] - straight[1]))
    expect(Math.abs(there[1] - straight[1])).toBeGreaterThan(1)
  })

  it('is a single point when both ends are the same place', () => {
    expect(arcPoints(from, from, 4).every(([lat, lon]) => lat === from[0] && lon === from[1])).toBe(true)
  })
})

describe('haloRadiusM', () => {
  it('draws no halo for an exact point and a larger one the vaguer the place', () => {
    const order = (['point', 'city', 'state', 'region', 'country'] as const).map(haloRadiusM)
    expect(order[0]).toBe(0)
    for (let index = 1; index < order.length; index++) expect(order[index]).toBeGreaterThan(order[index - 1]!)
  })
})

describe('routesOf', () => {
  const place = (role: RawPlace['role'], lat: number, lon: number): RawPlace => ({
    name: text(`${role} ${lat}`),
    lat,
    lon,
    precision: 'city',
    role,
  })

  it('pairs every origin with every destination and ignores other places', () => {
    const routes = routesOf([
      place('origin', 19, -99),
      place('announced', 38, -77),
      place('origin', 20, -103),
      place('destination', 40, -74),
    ])
    expect(routes).toEqual([
      [
        [19, -99],
        [40, -74],
      ],
      [
        [20, -103],
        [40, -74],
      ],
    ])
  })

  it('has no routes without both an origin and a destination', () => {
    expect(routesOf([place('origin', 19, -99)])).toEqual([])
    expect(routesOf([place('destination', 19, -99), place('occurred', 20, -100)])).toEqual([])
  })
})

describe('distinctRoutes', () => {
  const at = (role: RawPlace['role'], lat: number, lon: number): RawPlace => ({
    name: text('Place'),
    lat,
    lon,
    precision: 'city',
    role,
  })
  const transfer = (category: string, fromLat: number) => ({
    category,
    places: [
      at('origin', fromLat, -99.13),
      at('destination', 38.9, -77.04),
      at('destination', 29.76, -95.37),
    ],
  })

  it('draws each origin → destination pair once per category and counts the events sharing it', () => {
    const routes = distinctRoutes([
      transfer('transfer', 19.43),
      transfer('transfer', 19.4301),
      transfer('transfer', 20),
    ])
    expect(routes).toHaveLength(4)
    expect(routes[0]).toEqual({
      from: [19.43, -99.13],
      to: [38.9, -77.04],
      categoryId: 'transfer',
      events: 2,
    })
    expect(routes.map((route) => route.events)).toEqual([2, 2, 1, 1])
  })

  it('tells apart origins about 200 m apart in latitude or in longitude, and at the ends of both ranges', () => {
    const from = (lat: number, lon: number) => ({
      category: 'transfer',
      places: [at('origin', lat, lon), at('destination', 38.9, -77.04)],
    })
    expect(distinctRoutes([from(19.43, -99.13), from(19.432, -99.13), from(19.43, -99.132)])).toHaveLength(3)
    expect(distinctRoutes([from(-89.9, -179.9), from(89.9, 179.9), from(-89.9, 179.9)])).toHaveLength(3)
  })

  it('keeps routes of different categories apart (they are drawn in different colours)', () => {
    expect(distinctRoutes([transfer('transfer', 19.43), transfer('military', 19.43)])).toHaveLength(4)
  })

  it('has nothing for events without routes', () => {
    expect(distinctRoutes([{ category: 'transfer', places: [at('occurred', 19, -99)] }])).toEqual([])
  })

  it('counts afresh on every call (a time window’s every move asks again)', () => {
    const events = [transfer('transfer', 19.43), transfer('transfer', 19.4301), transfer('transfer', 20)]
    const first = distinctRoutes(events)
    const again = distinctRoutes(events)
    expect(again).toEqual(first)
    // New route objects each time: a count raised on one answer never shows in the next.
    expect(again[0]).not.toBe(first[0])
    expect(distinctRoutes(events.slice(0, 1)).map((route) => route.events)).toEqual([1, 1])
  })

  it('gives on a large synthetic dataset what routesOf lists, each pair once per category to about 100 m', () => {
    const events = validateDataset(generateSyntheticDataset(4000, 3, readBaseData('data'))).dataset.events
    // The definition, with a string key per pair: first appearance, counted per event and pair.
    const expected = new Map<string, { from: LatLon; to: LatLon; categoryId: string; events: number }>()
    const round = (value: number) => Math.round(value * 1000)
    for (const event of events)
      for (const [from, to] of routesOf(event.places)) {
        const key = `${event.category}|${round(from[0])},${round(from[1])}|${round(to[0])},${round(to[1])}`
        const existing = expected.get(key)
        if (existing) existing.events++
        else expected.set(key, { from, to, categoryId: event.category, events: 1 })
      }
    expect(expected.size).toBeGreaterThan(100)
    expect(distinctRoutes(events)).toEqual([...expected.values()])
  })
})

describe('isInIndexedRings', () => {
  it('answers as isInRings does for every point of a grid over Mexico’s states and a ring with a hole', () => {
    // The boundary file in the repository (public/basemap.json is built from it and others, not committed).
    const states = JSON.parse(readFileSync('data/basemap/mexico-states.json', 'utf8')) as FeatureCollection
    const shapes = states.features.flatMap((feature) =>
      feature.geometry.type === 'MultiPolygon'
        ? feature.geometry.coordinates
        : feature.geometry.type === 'Polygon'
          ? [feature.geometry.coordinates]
          : [],
    )
    const square = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      [
        [3, 3],
        [7, 3],
        [7, 7],
        [3, 7],
        [3, 3],
      ],
    ]
    expect(shapes.length).toBeGreaterThan(2)
    // The four largest states (300-560 points each) and the square.
    const largest = [...shapes].sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0)).slice(0, 4)
    let inside = 0
    const wrong: string[] = []
    for (const rings of [...largest, square]) {
      const index = indexRings(rings)
      for (let lon = -118; lon <= 12; lon += 0.25)
        for (let lat = -1; lat <= 33; lat += 0.25) {
          const expected = isInRings(lon, lat, rings)
          if (isInIndexedRings(index, lon, lat) !== expected) wrong.push(`${lon},${lat}`)
          if (expected) inside++
        }
    }
    expect(wrong).toEqual([])
    // The grid found the land and the square's ring (its hole excluded).
    expect(inside).toBeGreaterThan(1000)
    expect(isInIndexedRings(indexRings(square), 5, 5)).toBe(false)
    expect(isInIndexedRings(indexRings(square), 1, 5)).toBe(true)
  })
})
