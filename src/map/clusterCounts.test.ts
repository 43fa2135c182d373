import { describe, expect, it } from 'vitest'
import type { ClusterProperties } from 'supercluster'
import { makeDataset } from '../test/fixtures'
import { generateSyntheticDataset, readBaseData } from '../../scripts/generateSynthetic'
import type { EventRecord } from '../data/types'
import { validateDataset } from '../data/validateDataset'
import { countCluster, distinctEvents, type ClusterSums, type PointProps } from './clusterCounts'
import { buildPlaceIndex, pinnedPlaceIndices, placePoints, placingPoints } from './placeIndex'

const city = (lat: number, lon: number, role: 'occurred' | 'origin' | 'destination' = 'occurred') => ({
  name: { en: `City ${lat}`, es: `Ciudad ${lat}`, de: `Stadt ${lat}` },
  lat,
  lon,
  precision: 'city' as const,
  role,
})
const country = { ...city(23.6, -102.5, 'occurred'), precision: 'country' as const }

/** Two nearby cities, so that at a low zoom everything is one cluster. */
const { events } = makeDataset({
  events: [
    { id: 'a', start: '2025-01-10', places: [city(19.4, -99.1), city(19.5, -99.2)] },
    { id: 'b', start: '2025-02-10', places: [city(19.4, -99.1)] },
    { id: 'c', start: '2025-06-10', places: [city(19.45, -99.15)] },
    { id: 'n', start: '2025-03-10', places: [country] },
    {
      id: 't',
      start: '2025-04-10',
      category: 'transfer',
      places: [
        city(19.4, -99.1, 'origin'),
        city(38.9, -77.0, 'destination'),
        city(29.7, -95.3, 'destination'),
      ],
    },
  ],
})

function clusterAtLowZoom() {
  const index = buildPlaceIndex(events)
  const [feature, ...rest] = index.getClusters([-180, -85, 180, 85], 2)
  expect(rest).toEqual([])
  const props = feature!.properties as unknown as ClusterProperties & ClusterSums
  expect(props.cluster).toBe(true)
  const listed = () =>
    distinctEvents(
      index.getLeaves(props.cluster_id, Infinity).map((leaf) => leaf.properties),
      events,
    )
  return { props, listed }
}

describe('cluster counting', () => {
  it('pins only exact places, and of a transfer only its origin', () => {
    expect(pinnedPlaceIndices(events.find((e) => e.id === 't')!)).toEqual([0])
    expect(pinnedPlaceIndices(events.find((e) => e.id === 'n')!)).toEqual([])
    expect(pinnedPlaceIndices(events.find((e) => e.id === 'a')!)).toEqual([0, 1])
  })

  it('counts an event with several places in the cluster once', () => {
    const { props, listed } = clusterAtLowZoom()
    // Places: a ×2, b, c, t's origin = 5 points; distinct events: a, b, c, t.
    expect(props.point_count).toBe(5)
    expect(countCluster(props.point_count, props, null, listed)).toEqual({ inWindow: 4, outside: 0 })
    expect(
      listed()
        .map((e) => e.id)
        .sort(),
    ).toEqual(['a', 'b', 'c', 't'])
  })

  it('counts the events outside the time window apart', () => {
    const { props, listed } = clusterAtLowZoom()
    const window = { startMs: Date.UTC(2025, 0, 1), endMs: Date.UTC(2025, 2, 1) } // a and b
    expect(countCluster(props.point_count, props, window, listed)).toEqual({ inWindow: 2, outside: 2 })
    const none = { startMs: Date.UTC(2024, 0, 1), endMs: Date.UTC(2024, 5, 1) }
    expect(countCluster(props.point_count, props, none, listed)).toEqual({ inWindow: 0, outside: 4 })
  })

  it('settles a cluster holding an event twice by its counted events, listing its points only across the window’s edge', () => {
    const { props, listed } = clusterAtLowZoom()
    expect(props.multi).toBeGreaterThan(0)
    expect(props.events).toBe(4)
    const never = () => {
      throw new Error('listed the points')
    }
    expect(countCluster(props.point_count, props, null, never)).toEqual({ inWindow: 4, outside: 0 })
    const earlier = { startMs: Date.UTC(2024, 0, 1), endMs: Date.UTC(2024, 5, 1) }
    expect(countCluster(props.point_count, props, earlier, never)).toEqual({ inWindow: 0, outside: 4 })
    const across = { startMs: Date.UTC(2025, 0, 1), endMs: Date.UTC(2025, 2, 1) }
    expect(() => countCluster(props.point_count, props, across, never)).toThrow(/listed/u)
    expect(countCluster(props.point_count, props, across, listed)).toEqual({ inWindow: 2, outside: 2 })
  })

  it('lists the points of a cluster holding an event twice whose events were not counted (events 0)', () => {
    const { props, listed } = clusterAtLowZoom()
    const uncounted = { ...props, events: 0 }
    expect(countCluster(props.point_count, uncounted, null, listed)).toEqual({ inWindow: 4, outside: 0 })
  })

  it('settles a cluster of one-place events by its sums, without listing its points', () => {
    const single = makeDataset({
      events: [
        { id: 'x', start: '2025-01-10', places: [city(19.4, -99.1)] },
        { id: 'y', start: '2025-01-20', places: [city(19.41, -99.11)] },
      ],
    }).events
    const index = buildPlaceIndex(single)
    const [feature] = index.getClusters([-180, -85, 180, 85], 2)
    const props = feature!.properties as unknown as ClusterProperties & ClusterSums
    const never = () => {
      throw new Error('listed the points')
    }
    expect(countCluster(props.point_count, props, null, never)).toEqual({ inWindow: 2, outside: 0 })
    const later = { startMs: Date.UTC(2026, 0, 1), endMs: Date.UTC(2026, 5, 1) }
    expect(countCluster(props.point_count, props, later, never)).toEqual({ inWindow: 0, outside: 2 })
  })
})

describe('placePoints', () => {
  /** What placePoints must give: every event's pinned places (pinnedPlaceIndices), in order, flagged when several. */
  function expected(list: readonly EventRecord[]) {
    const props: PointProps[] = []
    const lon: number[] = []
    const lat: number[] = []
    list.forEach((event, eventIndex) => {
      const pinned = pinnedPlaceIndices(event)
      for (const placeIndex of pinned) {
        const place = event.places[placeIndex]!
        props.push({
          eventIndex,
          placeIndex,
          multi: pinned.length > 1 ? 1 : 0,
          s: event.when.startMs,
          e: event.when.endMs,
        })
        lon.push(place.lon)
        lat.push(place.lat)
      }
    })
    return { props, lon: Float64Array.from(lon), lat: Float64Array.from(lat) }
  }

  it('gives each event’s pinned places: no areas, a transfer’s origin only, several flagged', () => {
    expect(placePoints(events)).toEqual(expected(events))
    expect(placePoints([])).toEqual(expected([]))
  })

  it('gives the same on a large synthetic dataset', () => {
    const synthetic = validateDataset(generateSyntheticDataset(3000, 7, readBaseData('data'))).dataset.events
    expect(placePoints(synthetic)).toEqual(expected(synthetic))
  })

  it('grows its arrays past their first size (one per event) when events have several places', () => {
    const many = makeDataset({
      events: Array.from({ length: 40 }, (_, i) => ({
        id: `m${i}`,
        start: '2025-01-10',
        places: [city(10 + i / 10, -99), city(20 + i / 10, -98), city(30 + i / 10, -97)],
      })),
    }).events
    const points = placePoints(many)
    expect(points.props).toHaveLength(120)
    expect(points).toEqual(expected(many))
  })

  it('gives the same in steps, pausing after every so many events (the page gives each step a task)', () => {
    const synthetic = validateDataset(generateSyntheticDataset(3000, 7, readBaseData('data'))).dataset.events
    for (const [eventsPerStep, pauses] of [
      [1000, 2],
      [999, 3],
      [1, 2999],
      [3000, 0],
    ] as const) {
      const steps = placingPoints(synthetic, eventsPerStep)
      let paused = 0
      let step = steps.next()
      while (!step.done) {
        paused++
        step = steps.next()
      }
      expect(paused).toBe(pauses)
      expect(step.value).toEqual(expected(synthetic))
    }
  })
})
